#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// GET /personas: the personas of the profile with their unread counts.
class ListPersonasJob : public JsonJob
{
    Q_OBJECT
public:
    explicit ListPersonasJob(ApiClient *api, QObject *parent = nullptr);
    QList<Persona> personas() const { return m_personas; }

protected:
    Error parseResponse(const QJsonDocument &json) override;

private:
    QList<Persona> m_personas;
};

} // namespace pli
