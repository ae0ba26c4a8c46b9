#pragma once

#include "Job.h"
#include "auth/PasswordPolicy.h"

#include <QPointer>

namespace pli {

class ApiClient;

// Whether the token of an invitation or password-reset link can still set a password, and the
// rules the new password must follow (for the live checklist), without using the token up: the
// request that sets the password, sent with an empty one, which the server refuses by its
// policy (422 with the policy) when the token is usable and as InvalidToken when it is unknown,
// expired or used (docs/openapi.yaml). Succeeds with policy(); fails with the server's error.
class CheckPasswordLinkJob : public Job
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Invitation,
        PasswordReset,
    };

    CheckPasswordLinkJob(ApiClient *api, Purpose purpose, const QString &token,
                         QObject *parent = nullptr);

    PasswordPolicy policy() const { return m_policy; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    ApiClient *m_api;
    Purpose m_purpose;
    QString m_token;
    QPointer<Job> m_request;
    PasswordPolicy m_policy;
};

} // namespace pli
