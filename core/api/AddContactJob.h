#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// POST /contacts: adds an address-book entry; contact() is the stored entry.
class AddContactJob : public JsonJob
{
    Q_OBJECT
public:
    AddContactJob(ApiClient *api, const QString &email, const QString &displayName,
                  QObject *parent = nullptr);
    Contact contact() const { return m_contact; }

protected:
    Error parseResponse(const QJsonDocument &json) override;
    bool expectsBody() const override { return true; }

private:
    Contact m_contact;
};

} // namespace pli
