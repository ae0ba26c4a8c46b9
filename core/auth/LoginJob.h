#pragma once

#include "auth/SignInStepJob.h"

namespace pli {

// POST /auth/login: the first sign-in step (username and password); step() says what comes next.
// InvalidCredentials, AccountLocked or RateLimited on failure.
class LoginJob : public SignInStepJob
{
    Q_OBJECT
public:
    LoginJob(ApiClient *api, const QString &username, const QString &password,
             const QString &deviceName, QObject *parent = nullptr);
};

} // namespace pli
