#include "Error.h"

#include "auth/PasswordPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>

#include <cmath>

namespace pli {

namespace {

// Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
int parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 7 * 24 * 3600));
    // IMF-fixdate ends in "GMT", which Qt's RFC 2822 reader wants as a numeric zone.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QStringLiteral(" GMT")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(
        qBound(qint64(0), QDateTime::currentDateTimeUtc().secsTo(at), qint64(7 * 24 * 3600)));
}

// A small non-negative integer member of the problem body, or -1.
int smallInt(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 1e9 || d != std::floor(d))
        return -1;
    return int(d);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    if (!value.isArray())
        return out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString() && item.toString().size() <= 64 && out.size() < 32)
            out.append(item.toString());
    }
    return out;
}

} // namespace

Error::Error(Code code, QString detail)
    : m_code(code)
    , m_detail(std::move(detail))
{}

Error::Code Error::codeForProblem(const QString &problemCode)
{
    static const QHash<QString, Code> codes{
        {QStringLiteral("unauthorized"), Code::Unauthorized},
        {QStringLiteral("session_expired"), Code::SessionExpired},
        {QStringLiteral("invalid_refresh_token"), Code::SessionExpired},
        {QStringLiteral("invalid_credentials"), Code::InvalidCredentials},
        {QStringLiteral("account_locked"), Code::AccountLocked},
        {QStringLiteral("rate_limited"), Code::RateLimited},
        {QStringLiteral("too_many_requests"), Code::RateLimited},
        {QStringLiteral("challenge_expired"), Code::ChallengeExpired},
        {QStringLiteral("invalid_challenge"), Code::ChallengeExpired},
        {QStringLiteral("invalid_code"), Code::InvalidCode},
        {QStringLiteral("code_already_used"), Code::InvalidCode},
        {QStringLiteral("too_many_attempts"), Code::TooManyAttempts},
        {QStringLiteral("password_policy"), Code::PasswordPolicy},
        {QStringLiteral("invalid_token"), Code::InvalidToken},
        {QStringLiteral("token_expired"), Code::InvalidToken},
        {QStringLiteral("not_found"), Code::NotFound},
        {QStringLiteral("forbidden"), Code::Forbidden},
        {QStringLiteral("participants_cannot_start"), Code::ParticipantsCannotStart},
        {QStringLiteral("conversation_read_only"), Code::ReadOnly},
        {QStringLiteral("gone"), Code::Gone},
        {QStringLiteral("message_expired"), Code::Gone},
        {QStringLiteral("payload_too_large"), Code::TooLarge},
        {QStringLiteral("attachments_too_large"), Code::TooLarge},
        {QStringLiteral("upload_too_large"), Code::TooLarge},
        {QStringLiteral("message_too_large"), Code::TooLarge},
        {QStringLiteral("conflict"), Code::Conflict},
        {QStringLiteral("persona_exists"), Code::AlreadyExists},
        {QStringLiteral("email_taken"), Code::AlreadyExists},
        {QStringLiteral("already_verified"), Code::AlreadyExists},
        {QStringLiteral("contact_exists"), Code::AlreadyExists},
        {QStringLiteral("too_many_personas"), Code::LimitReached},
        {QStringLiteral("persona_unverified"), Code::Forbidden},
        {QStringLiteral("unknown_participants"), Code::InvalidInput},
        {QStringLiteral("offset_mismatch"), Code::Conflict},
        {QStringLiteral("checksum_mismatch"), Code::ChecksumMismatch},
        {QStringLiteral("invalid_request"), Code::InvalidInput},
        {QStringLiteral("invalid_json"), Code::InvalidInput},
        {QStringLiteral("internal_error"), Code::Server},
    };
    return codes.value(problemCode, Code::Unknown);
}

Error::Code Error::codeForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
    case 422:
        return Code::InvalidInput;
    case 401:
        return Code::Unauthorized;
    case 403:
        return Code::Forbidden;
    case 404:
        return Code::NotFound;
    case 409:
        return Code::Conflict;
    case 410:
        return Code::Gone;
    case 413:
        return Code::TooLarge;
    case 423:
        return Code::AccountLocked;
    case 429:
        return Code::RateLimited;
    case 460:
        return Code::ChecksumMismatch;
    default:
        return httpStatus >= 500 ? Code::Server : Code::Unknown;
    }
}

Error Error::fromHttp(int httpStatus, const QByteArray &body, const QByteArray &retryAfter)
{
    Error error(codeForStatus(httpStatus));
    error.m_httpStatus = httpStatus;
    error.m_retryAfter = parseRetryAfter(retryAfter);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error;
    const QJsonObject problem = document.object();
    error.m_problem = problem;
    const QJsonValue code = problem.value(QLatin1StringView("code"));
    if (code.isString() && code.toString().size() <= 64) {
        error.m_problemCode = code.toString();
        const Code known = codeForProblem(error.m_problemCode);
        if (known != Code::Unknown)
            error.m_code = known;
    }
    const QJsonValue detail = problem.value(QLatin1StringView("detail"));
    if (detail.isString())
        error.m_detail = detail.toString().left(500);
    if (error.m_retryAfter < 0)
        error.m_retryAfter = smallInt(problem, QLatin1StringView("retry_after"));
    error.m_attemptsRemaining = smallInt(problem, QLatin1StringView("attempts_remaining"));
    for (const char *key : {"unmet", "unmet_rules", "rules"}) {
        error.m_unmetRules = stringList(problem.value(QLatin1StringView(key)));
        if (!error.m_unmetRules.isEmpty())
            break;
    }
    return error;
}

Error &Error::setDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

Error &Error::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

Error &Error::setProblemCode(const QString &problemCode)
{
    m_problemCode = problemCode;
    return *this;
}

Error &Error::setRetryAfterSeconds(int seconds)
{
    m_retryAfter = seconds;
    return *this;
}

Error &Error::setAttemptsRemaining(int attempts)
{
    m_attemptsRemaining = attempts;
    return *this;
}

Error &Error::setUnmetRules(const QStringList &rules)
{
    m_unmetRules = rules;
    return *this;
}

Error &Error::setPresentedCertificates(const QByteArray &pem)
{
    m_presentedCertificates = pem;
    return *this;
}

Error &Error::setProblem(const QJsonObject &problem)
{
    m_problem = problem;
    return *this;
}

QString Error::codeName(Code code)
{
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(int(code)));
}

QString Error::codeName() const
{
    return codeName(m_code);
}

QString Error::linkMessage(const QString &reason)
{
    QString why;
    if (reason == u"unknown_kind")
        why = tr("Pli does not know what this link opens (it may need a newer Pli).");
    else if (reason == u"missing_token")
        why = tr("The link is incomplete: its code is missing.");
    else if (reason == u"missing_conversation")
        why = tr("The link is incomplete: it names no conversation.");
    else if (reason == u"damaged")
        why = tr("The link was damaged on the way: part of it is missing or changed.");
    else if (reason == u"invalid_server")
        why = tr("The server address in the link is not valid.");
    else if (reason == u"repeated")
        why = tr("The link names the same thing twice.");
    else
        why = tr("This is not a link Pli can open.");
    //: %1 is the reason, e.g. "The link is incomplete: its code is missing."
    return tr("%1 Copy the whole link from the e-mail, or ask for a new one.").arg(why);
}

QString Error::message() const
{
    switch (m_code) {
    case Code::None:
        return {};
    case Code::Network:
        return tr("The server could not be reached. Check your connection and try again.");
    case Code::Tls:
        return tr("The secure connection to the server could not be established (%1). "
                  "Pli does not connect to a server whose identity it cannot check.")
            .arg(m_detail.isEmpty() ? tr("certificate not trusted") : m_detail);
    case Code::UntrustedCertificate:
        //: %1 is a certificate fingerprint such as SHA256:AB:CD:…
        return tr("The server's certificate is not signed by an authority this computer trusts. "
                  "The fingerprint of its authority is %1: trust it only if the server's "
                  "administrator gave you this very fingerprint.")
            .arg(m_detail.isEmpty() ? tr("unknown") : m_detail);
    case Code::CertificateChanged:
        return tr("The server's certificate has changed: it is no longer signed by the authority "
                  "you trusted for this account (the new authority's fingerprint is %1). Someone "
                  "may be impersonating the server: do not continue unless its administrator "
                  "confirms the change.")
            .arg(m_detail.isEmpty() ? tr("unknown") : m_detail);
    case Code::Timeout:
        return tr("The server took too long to answer. Try again in a moment.");
    case Code::Cancelled:
        return tr("The operation was cancelled.");
    case Code::InsecureConnection:
        return tr("This server address is not secure. Use an address that starts with "
                  "https:// (plain http:// is only allowed for this computer).");
    case Code::MalformedResponse:
        return tr("The server sent an answer Pli does not understand.");
    case Code::Unauthorized:
        return tr("You are not signed in. Sign in again.");
    case Code::SessionExpired:
        return tr("Your session has ended. Sign in again.");
    case Code::InvalidCredentials:
        return tr("The username or the password is incorrect.");
    case Code::AccountLocked:
        return tr("Your account is locked after too many failed sign-ins. Follow the link "
                  "in the e-mail you received to unlock it.");
    case Code::RateLimited:
        if (m_retryAfter > 0)
            return tr("Too many attempts. Try again in %n second(s).", nullptr, m_retryAfter);
        return tr("Too many attempts. Wait a moment and try again.");
    case Code::ChallengeExpired:
        return tr("This sign-in step has expired. Sign in again.");
    case Code::InvalidCode:
        if (m_attemptsRemaining >= 0)
            return tr("The code is incorrect. %n attempt(s) left.", nullptr, m_attemptsRemaining);
        return tr("The code is incorrect.");
    case Code::TooManyAttempts:
        return tr("Too many incorrect codes. Sign in again.");
    case Code::PasswordPolicy: {
        const PasswordPolicy policy = PasswordPolicy::fromProblem(m_problem);
        QStringList rules;
        for (const QString &rule : m_unmetRules)
            rules.append(policy.ruleText(rule));
        if (rules.isEmpty())
            return tr("The new password does not follow the password rules.");
        //: %1 is a list of rules, e.g. "at least 14 characters; an upper-case letter"
        return tr("The new password does not follow the password rules. It needs: %1.")
            .arg(rules.join(QStringLiteral("; ")));
    }
    case Code::InvalidToken:
        return tr("This link is invalid, has expired or was already used. Ask for a new one.");
    case Code::NotFound:
        return tr("This item does not exist or you may not see it.");
    case Code::Forbidden:
        return tr("You are not allowed to do this.");
    case Code::ParticipantsCannotStart:
        return tr("Only collaborators can start a conversation.");
    case Code::ReadOnly:
        return tr("This conversation is read-only: its collaborator's account is deactivated.");
    case Code::Gone:
        return tr("This message has expired: its content is no longer available.");
    case Code::TooLarge:
        return tr("This is too large for the server (attachments are limited to 1 GB per "
                  "message).");
    case Code::Conflict:
        return tr("This conflicts with a change made in the meantime. Try again.");
    case Code::AlreadyExists:
        return tr("This already exists.");
    case Code::LimitReached:
        return tr("The limit for this has been reached.");
    case Code::ChecksumMismatch:
        return tr("The data was damaged on the way. It will be sent again.");
    case Code::Integrity:
        return tr("The downloaded file does not match the original and was not kept.");
    case Code::DiskFull:
        return tr("There is not enough free disk space.");
    case Code::FileError:
        return m_detail.isEmpty() ? tr("A file could not be read or written.")
                                  : tr("A file could not be read or written: %1").arg(m_detail);
    case Code::KeychainUnavailable:
        return tr("The system keychain is not available, so Pli cannot remember this sign-in. "
                  "You stay signed in until you quit.");
    case Code::InvalidInput:
        return m_detail.isEmpty() ? tr("The request was refused as invalid.")
                                  : tr("The request was refused as invalid: %1").arg(m_detail);
    case Code::InvalidLink:
        return linkMessage(m_detail);
    case Code::WrongServer:
        //: %1 is a server address such as https://pli.example.org
        return tr("This link is for the server %1, not for the account in use. Sign in to %1 "
                  "to open it.")
            .arg(m_detail);
    case Code::Server:
        return tr("The server had a problem. Try again later.");
    case Code::Unknown:
        break;
    }
    if (m_httpStatus > 0)
        return tr("The server answered with an unexpected error (HTTP %1).").arg(m_httpStatus);
    return tr("An unexpected error occurred.");
}

} // namespace pli
