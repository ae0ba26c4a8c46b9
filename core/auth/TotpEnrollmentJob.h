#pragma once

#include "auth/SignInStepJob.h"

namespace pli {

// POST /auth/totp-enrollment: confirms a first-access authenticator set-up with its first code and
// a device name.
class TotpEnrollmentJob : public SignInStepJob
{
    Q_OBJECT
public:
    TotpEnrollmentJob(ApiClient *api, const QString &challenge, const QString &code,
                      const QString &deviceName, QObject *parent = nullptr);
};

} // namespace pli
