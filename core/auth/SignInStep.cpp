#include "SignInStep.h"

#include "api/JsonReader.h"

#include <QJsonObject>

namespace pli {

namespace {

PasswordPolicy readPolicy(JsonReader &r)
{
    const int minLength = int(r.integer(QLatin1StringView("min_length"), 0, 4096));
    const int maxLength = int(r.integer(QLatin1StringView("max_length"), 0, 4096));
    QStringList required;
    const QJsonArray items = r.optionalArray(QLatin1StringView("require"));
    for (const QJsonValue &item : items) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 64) {
            r.fail(
                QStringLiteral("%1.require holds something else than a rule word").arg(r.path()));
            break;
        }
        required.append(item.toString());
    }
    if (r.ok() && maxLength > 0 && maxLength < minLength)
        r.fail(QStringLiteral("%1.max_length is below min_length").arg(r.path()));
    return PasswordPolicy(minLength, maxLength, required);
}

} // namespace

Error decodeSignInStep(const QJsonValue &json, SignInStep &out)
{
    JsonReader r(json);
    SignInStep step;
    const QString status = r.string(QLatin1StringView("status"));
    if (!r.ok())
        return r.error();
    if (status == u"authenticated") {
        step.kind = SignInStep::Kind::Authenticated;
        step.accessToken = r.string(QLatin1StringView("access_token"), true);
        step.refreshToken = r.string(QLatin1StringView("refresh_token"), true);
        step.expiresIn = int(r.integer(QLatin1StringView("expires_in"), 0, 366 * 24 * 3600));
    } else if (status == u"second_factor_required") {
        step.kind = SignInStep::Kind::SecondFactorRequired;
        step.challenge = r.string(QLatin1StringView("challenge"), true);
        const QJsonArray methods = r.array(QLatin1StringView("methods"));
        for (const QJsonValue &method : methods) {
            if (!method.isString()) {
                r.fail(QStringLiteral("$.methods holds something else than a string"));
                break;
            }
            // Methods this client cannot use are left out.
            if (method.toString() == u"totp" || method.toString() == u"email")
                step.methods.append(method.toString());
        }
        if (r.ok() && step.methods.isEmpty())
            r.fail(QStringLiteral("$.methods names no method this client knows"));
        // Servers before e-mail-only sign-ins leave these out: nothing sent, no wait.
        step.emailCodeSent =
            r.optionalBoolean(QLatin1StringView("email_code_sent")).value_or(false);
        if (json.toObject().contains(QLatin1StringView("resend_after")))
            step.resendAfter = int(r.integer(QLatin1StringView("resend_after"), 0, 24 * 3600));
        step.expiresIn = int(r.integer(QLatin1StringView("expires_in"), 0, 366 * 24 * 3600));
    } else if (status == u"totp_enrollment_required") {
        step.kind = SignInStep::Kind::TotpEnrollmentRequired;
        step.challenge = r.string(QLatin1StringView("challenge"), true);
        step.secret = r.string(QLatin1StringView("secret"), true);
        step.otpauthUri = r.string(QLatin1StringView("otpauth_uri"), true);
        if (r.ok() && !step.otpauthUri.startsWith(QStringLiteral("otpauth://totp/")))
            r.fail(QStringLiteral("$.otpauth_uri is not an otpauth://totp/ URI"));
        step.expiresIn = int(r.integer(QLatin1StringView("expires_in"), 0, 366 * 24 * 3600));
    } else if (status == u"password_change_required") {
        step.kind = SignInStep::Kind::PasswordChangeRequired;
        step.challenge = r.string(QLatin1StringView("challenge"), true);
        JsonReader policy = r.object(QLatin1StringView("policy"));
        step.policy = readPolicy(policy);
    } else {
        r.fail(QStringLiteral("$.status \"%1\" is not a known sign-in step").arg(status.left(40)));
    }
    if (!r.ok())
        return r.error();
    out = step;
    return {};
}

} // namespace pli
