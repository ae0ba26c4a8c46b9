#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// GET /contacts: the address book.
class ListContactsJob : public JsonJob
{
    Q_OBJECT
public:
    explicit ListContactsJob(ApiClient *api, QObject *parent = nullptr);
    QList<Contact> contacts() const { return m_contacts; }

protected:
    Error parseResponse(const QJsonDocument &json) override;

private:
    QList<Contact> m_contacts;
};

} // namespace pli
