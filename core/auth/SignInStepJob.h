#pragma once

#include "auth/SignInStep.h"
#include "net/JsonJob.h"

namespace pli {

// The common part of the sign-in calls that answer like /auth/login: an unauthenticated POST
// whose answer is decoded into a SignInStep.
class SignInStepJob : public JsonJob
{
    Q_OBJECT
public:
    SignInStep step() const { return m_step; }
    bool hasStep() const { return m_hasStep; }

protected:
    SignInStepJob(ApiClient *api, const QString &path, QObject *parent = nullptr);
    Error parseResponse(const QJsonDocument &json) override;
    bool expectsBody() const override { return true; }

private:
    SignInStep m_step;
    bool m_hasStep = false;
};

} // namespace pli
