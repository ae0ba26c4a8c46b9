#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /personas: adds an e-mail address to the profile; the server e-mails a verification code to
// it (202). personaId() is the new persona to verify when the server names it.
class AddPersonaJob : public JsonJob
{
    Q_OBJECT
public:
    AddPersonaJob(ApiClient *api, const QString &email, QObject *parent = nullptr);
    QString personaId() const { return m_personaId; }

protected:
    Error parseResponse(const QJsonDocument &json) override;
    bool expectsBody() const override { return false; }

private:
    QString m_personaId;
};

} // namespace pli
