#pragma once

#include "auth/SignInStepJob.h"

namespace pli {

// POST /auth/email-sign-in: the first step of a passwordless sign-in (an e-mail address or a
// username, no password). The server answers a second-factor step with methods ["email"] and
// e-mails the code; an address without such an account gets the same answer, whose challenge
// accepts no code. AccountLocked or RateLimited on failure.
class EmailSignInJob : public SignInStepJob
{
    Q_OBJECT
public:
    EmailSignInJob(ApiClient *api, const QString &username, const QString &deviceName,
                   QObject *parent = nullptr);
};

} // namespace pli
