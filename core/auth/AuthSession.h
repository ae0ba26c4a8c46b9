#pragma once

#include "Error.h"
#include "auth/PasswordPolicy.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace pli {

class ApiClient;
class Cooldown;
class Job;
class SignInStepJob;
struct SignInStep;

// The sign-in of one account as a state machine that the desktop UI and pli-cli both drive:
// password, then what the server asks for (a forced password change, a first-access TOTP
// enrolment, a second factor by TOTP or e-mailed code), until the session tokens are in the
// ApiClient. It keeps the password in memory only while a sign-in is in progress (to restart an
// expired step without asking again) and wipes it as soon as the sign-in ends either way.
// Actions that make no sense in the current state are refused with an InvalidInput error.
class AuthSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State
    {
        Idle,                   // nothing yet
        SigningIn,              // a request is in flight
        PasswordChangeRequired, // passwordPolicy(); call changePassword()
        TotpEnrollmentRequired, // otpauthUri(), totpSecret(); call enrollTotp()
        SecondFactorRequired,   // secondFactorMethods(); submitTotpCode() / e-mail code
        SignedIn,
        Locked,      // too many failures: unlock by e-mail
        RateLimited, // retryAfterSeconds()
        Failed,      // lastError(); sign in again
        SignedOut,
    };
    Q_ENUM(State)

    explicit AuthSession(ApiClient *api, QObject *parent = nullptr);
    ~AuthSession() override;

    ApiClient *api() const { return m_api; }
    State state() const { return m_state; }
    static QString stateName(State state);
    Error lastError() const { return m_lastError; }
    QString username() const { return m_username; }

    // SecondFactorRequired: "totp" and/or "email".
    QStringList secondFactorMethods() const { return m_methods; }
    // TotpEnrollmentRequired: the otpauth:// URI to show as a QR code, the base32 secret for
    // manual entry, and when this set-up expires (enrollTotp() then starts a fresh one).
    QString otpauthUri() const { return m_otpauthUri; }
    QString totpSecret() const { return m_totpSecret; }
    QDateTime enrollmentExpiresAt() const { return m_stepExpiresAt; }
    // PasswordChangeRequired: the server's rules, and those a candidate does not meet yet.
    PasswordPolicy passwordPolicy() const { return m_policy; }
    QStringList unmetPasswordRules(const QString &candidate) const;
    // RateLimited: whole seconds left before signing in again makes sense.
    int retryAfterSeconds() const;
    // Seconds before requestEmailCode() may be used again (0: now).
    int emailCodeCooldownRemaining() const;

    // --- Actions ------------------------------------------------------------------------
    void signIn(const QString &username, const QString &password, const QString &deviceName = {});
    void submitTotpCode(const QString &code);
    void requestEmailCode();
    void submitEmailCode(const QString &code);
    void enrollTotp(const QString &code, const QString &deviceName);
    void changePassword(const QString &newPassword);
    // Revokes the session on the server and forgets the tokens (the local part always
    // happens); also abandons a sign-in in progress.
    void signOut();
    // Silent sign-in with a remembered refresh token.
    void resumeWithRefreshToken(const QString &refreshToken);

    // Side requests of the sign-in screen; they leave the state alone and answer with
    // passwordResetRequested() / passwordSet() / accountUnlocked() or error().
    void requestPasswordReset(const QString &username);
    void confirmPasswordReset(const QString &token, const QString &newPassword);
    void acceptInvitation(const QString &token, const QString &newPassword);
    void unlockAccount(const QString &token);

Q_SIGNALS:
    void stateChanged(pli::AuthSession::State state);
    void error(const pli::Error &error);
    void signedIn();
    void signedOut();
    void emailCodeSent();
    // Ticks every second while the e-mail code cool-down counts down, 0 at the end.
    void emailCodeCooldownChanged(int secondsRemaining);
    void passwordResetRequested();
    // A reset or an invitation set a password: sign in with it.
    void passwordSet();
    // An unlock link lifted the account's lock: sign in again.
    void accountUnlocked();

private:
    void setState(State state);
    // Records `error` as lastError(), moves to `state` when given, then emits error().
    void reject(const Error &error, std::optional<State> state = std::nullopt);
    bool refuseUnless(std::initializer_list<State> allowed, const char *action);
    void startLogin();
    void runStep(SignInStepJob *job, State onRetryableError);
    void applyStep(const SignInStep &step);
    void onStepFailed(const Error &error, State onRetryableError);
    void submitSecondFactor(const QString &method, const QString &code);
    void forgetSignIn();
    void track(Job *job);
    // Runs a request outside the sign-in steps (password reset, invitation): success emits
    // `succeeded`, failure error(); the state does not change.
    void runAside(Job *job, void (AuthSession::*succeeded)());
    void abandonJobs();

    ApiClient *m_api;
    State m_state = State::Idle;
    Error m_lastError;
    QString m_username;
    QString m_password; // only during a sign-in
    QString m_deviceName;
    QString m_challenge;
    QStringList m_methods;
    QString m_otpauthUri;
    QString m_totpSecret;
    QDateTime m_stepExpiresAt;
    PasswordPolicy m_policy;
    QDeadlineTimer m_retryAfter;
    Cooldown *m_emailCooldown;
    QList<QPointer<Job>> m_jobs;
    QPointer<QObject> m_resumeWait; // the receiver of a resume's renewal, gone when abandoned
};

} // namespace pli
