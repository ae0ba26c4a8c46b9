#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace pli {

// What went wrong with one operation, as a value: a stable code the program branches on, the
// HTTP status and problem `code` when the server answered, and the extra values a person needs
// (wait time, tries left, unmet password rules). message() turns it into a translated sentence.
class Error
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(pli::Error)
public:
    enum class Code
    {
        None,
        // Transport
        Network,
        Tls,
        // The server's certificate chains to no authority the system trusts (and the account
        // trusts none of its own): detail() is the SHA-256 fingerprint of the chain's root as
        // presented, presentedCertificates() the chain, for a person to decide.
        UntrustedCertificate,
        // The account trusts an authority of its own and the server's certificate no longer
        // chains to it: same detail and chain as UntrustedCertificate. Never accepted silently.
        CertificateChanged,
        Timeout,
        Cancelled,
        InsecureConnection,
        MalformedResponse,
        // Sign-in and session
        Unauthorized,
        SessionExpired,
        InvalidCredentials,
        AccountLocked,
        RateLimited,
        ChallengeExpired,
        InvalidCode,
        TooManyAttempts,
        PasswordPolicy,
        InvalidToken,
        // Resources
        NotFound,
        Forbidden,
        ParticipantsCannotStart,
        ReadOnly,
        Gone,
        TooLarge,
        Conflict,
        AlreadyExists,
        LimitReached,
        // Local side (transfers, keychain, input)
        ChecksumMismatch,
        Integrity,
        DiskFull,
        FileError,
        KeychainUnavailable,
        InvalidInput,
        // Links from e-mails (core/links): detail() is the reason word (Link::Problem) or, for
        // WrongServer, the server the link names
        InvalidLink,
        WrongServer,
        // Anything else the server reports
        Server,
        Unknown,
    };
    Q_ENUM(Code)

    Error() = default;
    explicit Error(Code code, QString detail = {});

    // The error for an HTTP answer with a status >= 400: reads an RFC 9457 problem body when
    // there is one (its `code` decides), else falls back on the status alone. `retryAfter` is
    // the raw Retry-After header (seconds or an HTTP date), empty when absent.
    static Error fromHttp(int httpStatus, const QByteArray &body,
                          const QByteArray &retryAfter = {});
    // The Code for a problem `code` word of the contract (Unknown when the word is not known).
    static Code codeForProblem(const QString &problemCode);
    // The Code an HTTP status implies when the answer carries no known problem code.
    static Code codeForStatus(int httpStatus);

    Code code() const { return m_code; }
    bool isError() const { return m_code != Code::None; }
    explicit operator bool() const { return isError(); }

    int httpStatus() const { return m_httpStatus; } // 0 when no HTTP answer
    QString problemCode() const { return m_problemCode; }
    QString detail() const { return m_detail; }
    int retryAfterSeconds() const { return m_retryAfter; }        // -1: not given
    int attemptsRemaining() const { return m_attemptsRemaining; } // -1: not given
    QStringList unmetRules() const { return m_unmetRules; }       // PasswordPolicy rule words
    QJsonObject problem() const { return m_problem; }             // the whole problem body
    // The certificates a server presented in a refused handshake, in PEM, its own first (empty
    // unless UntrustedCertificate or CertificateChanged).
    QByteArray presentedCertificates() const { return m_presentedCertificates; }

    Error &setDetail(const QString &detail);
    Error &setHttpStatus(int status);
    Error &setProblemCode(const QString &problemCode);
    Error &setRetryAfterSeconds(int seconds);
    Error &setAttemptsRemaining(int attempts);
    Error &setUnmetRules(const QStringList &rules);
    Error &setProblem(const QJsonObject &problem);
    Error &setPresentedCertificates(const QByteArray &pem);

    // A stable English word for logs and the CLI's --json (e.g. "InvalidCredentials").
    QString codeName() const;
    static QString codeName(Code code);
    // One translated sentence for a person, with the wait, tries left or unmet rules filled in.
    QString message() const;

    friend bool operator==(const Error &a, const Error &b)
    {
        return a.m_code == b.m_code && a.m_httpStatus == b.m_httpStatus &&
               a.m_problemCode == b.m_problemCode && a.m_detail == b.m_detail;
    }

private:
    static QString linkMessage(const QString &reason);

    Code m_code = Code::None;
    int m_httpStatus = 0;
    QString m_problemCode;
    QString m_detail;
    int m_retryAfter = -1;
    int m_attemptsRemaining = -1;
    QStringList m_unmetRules;
    QJsonObject m_problem;
    QByteArray m_presentedCertificates;
};

} // namespace pli

Q_DECLARE_METATYPE(pli::Error)
