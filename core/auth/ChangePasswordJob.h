#pragma once

#include "auth/SignInStepJob.h"

namespace pli {

// POST /auth/password: changes the password, either as a sign-in step (with the challenge of a
// password_change_required answer; step() says what follows) or signed in (with the current
// password; 204, no step). PasswordPolicy with the unmet rules when the server refuses it.
class ChangePasswordJob : public SignInStepJob
{
    Q_OBJECT
public:
    static ChangePasswordJob *withChallenge(ApiClient *api, const QString &challenge,
                                            const QString &newPassword, QObject *parent = nullptr);
    static ChangePasswordJob *signedIn(ApiClient *api, const QString &currentPassword,
                                       const QString &newPassword, QObject *parent = nullptr);

protected:
    Error parseResponse(const QJsonDocument &json) override;
    bool expectsBody() const override { return !isAuthenticated(); }

private:
    ChangePasswordJob(ApiClient *api, const QJsonObject &body, bool authenticated, QObject *parent);
};

} // namespace pli
