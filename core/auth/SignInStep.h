#pragma once

#include "Error.h"
#include "auth/PasswordPolicy.h"

#include <QJsonValue>
#include <QStringList>

namespace pli {

// One answer of the sign-in endpoints (/auth/login and the steps after it): either the session
// tokens or the next step to take with its challenge.
struct SignInStep
{
    enum class Kind
    {
        Authenticated,
        SecondFactorRequired,
        TotpEnrollmentRequired,
        PasswordChangeRequired
    };

    Kind kind = Kind::Authenticated;
    // Authenticated
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0; // seconds; also the lifetime of a challenge
    // Every other step
    QString challenge;
    QStringList methods;        // second factor: "totp", "email" (known methods only)
    bool emailCodeSent = false; // second factor: a code was e-mailed with this answer
    int resendAfter = 0;        // second factor: seconds before another code may be asked for
    QString secret;             // enrolment: base32 secret for manual entry
    QString otpauthUri;         // enrolment: the otpauth://totp/... URI for a QR code
    PasswordPolicy policy;      // password change
};

// Decodes a sign-in answer strictly (MalformedResponse on an unknown status, a missing token or
// challenge, an enrolment URI that is not otpauth://totp/, no known second-factor method).
Error decodeSignInStep(const QJsonValue &json, SignInStep &out);

} // namespace pli
