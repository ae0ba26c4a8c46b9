#pragma once

#include "auth/SignInStepJob.h"

namespace pli {

// POST /auth/second-factor: answers a second-factor challenge with a TOTP or e-mailed code.
// InvalidCode (with attempts left), TooManyAttempts or ChallengeExpired on failure.
class SecondFactorJob : public SignInStepJob
{
    Q_OBJECT
public:
    SecondFactorJob(ApiClient *api, const QString &challenge, const QString &method,
                    const QString &code, QObject *parent = nullptr);
};

} // namespace pli
