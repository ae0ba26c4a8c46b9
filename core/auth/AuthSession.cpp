#include "AuthSession.h"

#include "AuthLog.h"
#include "Cooldown.h"
#include "auth/AcceptInvitationJob.h"
#include "auth/ChangePasswordJob.h"
#include "auth/LoginJob.h"
#include "auth/LogoutJob.h"
#include "auth/PasswordResetConfirmJob.h"
#include "auth/PasswordResetRequestJob.h"
#include "auth/RequestEmailCodeJob.h"
#include "auth/SecondFactorJob.h"
#include "auth/TotpEnrollmentJob.h"
#include "auth/UnlockAccountJob.h"
#include "auth/Wipe.h"
#include "net/ApiClient.h"

#include <QMetaEnum>

namespace pli {

namespace {

constexpr int kEmailCodeInterval = 30; // seconds between e-mailed codes (the server's rule too)

Error refused(const char *action, AuthSession::State state)
{
    return Error(Error::Code::InvalidInput,
                 QStringLiteral("%1 is not possible while %2")
                     .arg(QLatin1StringView(action), AuthSession::stateName(state)));
}

} // namespace

AuthSession::AuthSession(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_emailCooldown(new Cooldown(this))
{
    connect(m_emailCooldown, &Cooldown::remainingChanged, this,
            &AuthSession::emailCodeCooldownChanged);
    connect(api, &ApiClient::sessionExpired, this, [this] {
        if (m_state == State::SignedIn)
            reject(Error(Error::Code::SessionExpired), State::Failed);
    });
}

AuthSession::~AuthSession()
{
    abandonJobs();
    forgetSignIn();
}

QString AuthSession::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

QStringList AuthSession::unmetPasswordRules(const QString &candidate) const
{
    return m_policy.unmetRules(candidate, m_username);
}

int AuthSession::retryAfterSeconds() const
{
    if (m_state != State::RateLimited)
        return 0;
    const qint64 ms = m_retryAfter.remainingTime();
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

int AuthSession::emailCodeCooldownRemaining() const
{
    return m_emailCooldown->remaining();
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    qCInfo(lcAuth).noquote() << "sign-in state" << stateName(m_state) << "->" << stateName(state);
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AuthSession::reject(const Error &error, std::optional<State> state)
{
    m_lastError = error;
    if (state)
        setState(*state);
    Q_EMIT this->error(error);
}

bool AuthSession::refuseUnless(std::initializer_list<State> allowed, const char *action)
{
    for (State state : allowed) {
        if (m_state == state)
            return false;
    }
    reject(refused(action, m_state));
    return true;
}

void AuthSession::track(Job *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
}

void AuthSession::abandonJobs()
{
    // Later: abandoning may happen inside the renewal's own answer.
    if (QObject *wait = std::exchange(m_resumeWait, nullptr))
        wait->deleteLater();
    const QList<QPointer<Job>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<Job> &job : jobs) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
}

void AuthSession::forgetSignIn()
{
    wipe(m_password);
    wipe(m_challenge);
    wipe(m_totpSecret);
    wipe(m_otpauthUri);
    m_methods.clear();
    m_stepExpiresAt = QDateTime();
    m_emailCooldown->stop();
}

void AuthSession::signIn(const QString &username, const QString &password,
                         const QString &deviceName)
{
    if (refuseUnless({State::Idle, State::PasswordChangeRequired, State::TotpEnrollmentRequired,
                      State::SecondFactorRequired, State::Locked, State::RateLimited, State::Failed,
                      State::SignedOut},
                     "signing in"))
        return;
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        reject(Error(Error::Code::InvalidInput, QStringLiteral("username and password")));
        return;
    }
    if (m_state == State::RateLimited && retryAfterSeconds() > 0) {
        reject(Error(Error::Code::RateLimited).setRetryAfterSeconds(retryAfterSeconds()));
        return;
    }
    abandonJobs();
    forgetSignIn();
    m_username = username.trimmed();
    m_password = password;
    m_deviceName = deviceName;
    startLogin();
}

void AuthSession::startLogin()
{
    qCInfo(lcAuth).noquote() << "signing in" << m_username;
    setState(State::SigningIn);
    runStep(m_api->login(m_username, m_password, m_deviceName), State::Failed);
}

void AuthSession::runStep(SignInStepJob *job, State onRetryableError)
{
    track(job);
    connect(job, &Job::finished, this, [this, job, onRetryableError] {
        if (job->isSuccess())
            applyStep(job->step());
        else
            onStepFailed(job->error(), onRetryableError);
    });
}

void AuthSession::applyStep(const SignInStep &step)
{
    m_challenge = step.challenge;
    m_stepExpiresAt =
        step.expiresIn > 0 ? QDateTime::currentDateTimeUtc().addSecs(step.expiresIn) : QDateTime();
    switch (step.kind) {
    case SignInStep::Kind::Authenticated:
        m_api->setSession(step.accessToken, step.refreshToken);
        forgetSignIn();
        m_lastError = Error();
        setState(State::SignedIn);
        Q_EMIT signedIn();
        return;
    case SignInStep::Kind::SecondFactorRequired:
        m_methods = step.methods;
        setState(State::SecondFactorRequired);
        return;
    case SignInStep::Kind::TotpEnrollmentRequired:
        m_totpSecret = step.secret;
        m_otpauthUri = step.otpauthUri;
        setState(State::TotpEnrollmentRequired);
        return;
    case SignInStep::Kind::PasswordChangeRequired:
        m_policy = step.policy;
        setState(State::PasswordChangeRequired);
        return;
    }
}

void AuthSession::onStepFailed(const Error &error, State onRetryableError)
{
    qCInfo(lcAuth).noquote() << "sign-in step failed:" << error.codeName();
    switch (error.code()) {
    case Error::Code::ChallengeExpired:
        // The step took too long (or the server forgot it): start again with the password
        // still in memory, so that only the expired step is asked again.
        if (!m_password.isEmpty()) {
            reject(error);
            m_emailCooldown->stop(); // it belonged to the expired challenge
            startLogin();
            return;
        }
        break;
    case Error::Code::AccountLocked:
        forgetSignIn();
        reject(error, State::Locked);
        return;
    case Error::Code::RateLimited:
        forgetSignIn();
        m_retryAfter = QDeadlineTimer(qint64(qMax(0, error.retryAfterSeconds())) * 1000);
        reject(error, State::RateLimited);
        return;
    case Error::Code::InvalidCredentials:
    case Error::Code::TooManyAttempts:
    case Error::Code::Tls:
    case Error::Code::UntrustedCertificate:
    case Error::Code::CertificateChanged:
    case Error::Code::InsecureConnection:
        break;
    default:
        // A wrong code, a refused new password, a network hiccup: the step is still open.
        if (onRetryableError != State::Failed) {
            reject(error, onRetryableError);
            return;
        }
        break;
    }
    forgetSignIn();
    reject(error, State::Failed);
}

void AuthSession::submitTotpCode(const QString &code)
{
    submitSecondFactor(QStringLiteral("totp"), code);
}

void AuthSession::submitEmailCode(const QString &code)
{
    submitSecondFactor(QStringLiteral("email"), code);
}

void AuthSession::submitSecondFactor(const QString &method, const QString &code)
{
    if (refuseUnless({State::SecondFactorRequired}, "a second-factor code"))
        return;
    if (!m_methods.contains(method) || code.trimmed().isEmpty()) {
        reject(Error(Error::Code::InvalidInput, QStringLiteral("second-factor code")));
        return;
    }
    setState(State::SigningIn);
    runStep(m_api->submitSecondFactor(m_challenge, method, code.trimmed()),
            State::SecondFactorRequired);
}

void AuthSession::requestEmailCode()
{
    if (refuseUnless({State::SecondFactorRequired}, "asking for an e-mailed code"))
        return;
    if (!m_methods.contains(QStringLiteral("email"))) {
        reject(Error(Error::Code::InvalidInput, QStringLiteral("no e-mail method")));
        return;
    }
    if (m_emailCooldown->isActive()) {
        reject(Error(Error::Code::RateLimited).setRetryAfterSeconds(m_emailCooldown->remaining()));
        return;
    }
    m_emailCooldown->start(kEmailCodeInterval);
    auto *job = m_api->requestEmailCode(m_challenge);
    track(job);
    connect(job, &Job::finished, this, [this, job] {
        if (job->isSuccess()) {
            Q_EMIT emailCodeSent();
            return;
        }
        const Error e = job->error();
        if (e.code() == Error::Code::ChallengeExpired) {
            onStepFailed(e, State::SecondFactorRequired);
            return;
        }
        if (e.code() == Error::Code::RateLimited)
            m_emailCooldown->start(e.retryAfterSeconds() > 0 ? e.retryAfterSeconds()
                                                             : kEmailCodeInterval);
        else
            m_emailCooldown->stop(); // nothing was sent: asking again is fine
        reject(e);
    });
}

void AuthSession::enrollTotp(const QString &code, const QString &deviceName)
{
    if (refuseUnless({State::TotpEnrollmentRequired}, "confirming the authenticator"))
        return;
    if (code.trimmed().isEmpty() || deviceName.trimmed().isEmpty()) {
        reject(Error(Error::Code::InvalidInput, QStringLiteral("code and device name")));
        return;
    }
    if (m_deviceName.isEmpty())
        m_deviceName = deviceName.trimmed();
    setState(State::SigningIn);
    runStep(m_api->confirmTotpEnrollment(m_challenge, code.trimmed(), deviceName.trimmed()),
            State::TotpEnrollmentRequired);
}

void AuthSession::changePassword(const QString &newPassword)
{
    if (refuseUnless({State::PasswordChangeRequired}, "changing the password"))
        return;
    const QStringList unmet = unmetPasswordRules(newPassword);
    if (!unmet.isEmpty()) {
        // Checked here first: the server would refuse it the same way.
        reject(m_policy.refusal(unmet));
        return;
    }
    setState(State::SigningIn);
    auto *job = m_api->changePasswordWithChallenge(m_challenge, newPassword);
    track(job);
    connect(job, &Job::finished, this, [this, job, newPassword = QString(newPassword)]() mutable {
        if (job->isSuccess()) {
            // A later step that expires restarts with the password that is now valid.
            wipe(m_password);
            m_password = newPassword;
            wipe(newPassword);
            applyStep(job->step());
            return;
        }
        wipe(newPassword);
        onStepFailed(job->error(), State::PasswordChangeRequired);
    });
}

void AuthSession::signOut()
{
    abandonJobs();
    forgetSignIn();
    if (!m_api->hasSession()) {
        setState(State::SignedOut);
        Q_EMIT signedOut();
        return;
    }
    qCInfo(lcAuth).noquote() << "signing out" << m_username;
    auto *job = m_api->logout();
    track(job);
    connect(job, &Job::finished, this, [this, job] {
        // Forgotten locally whatever the server said.
        m_api->clearSession();
        m_lastError = Error();
        setState(State::SignedOut);
        Q_EMIT signedOut();
        if (!job->isSuccess())
            reject(job->error());
    });
}

void AuthSession::resumeWithRefreshToken(const QString &refreshToken)
{
    if (refuseUnless(
            {State::Idle, State::SignedOut, State::Failed, State::Locked, State::RateLimited},
            "resuming a session"))
        return;
    if (refreshToken.isEmpty()) {
        reject(Error(Error::Code::InvalidInput, QStringLiteral("no refresh token")));
        return;
    }
    abandonJobs();
    forgetSignIn();
    setState(State::SigningIn);
    m_api->setSession(QString(), refreshToken);
    // No access token yet: the renewal every 401 goes through gives the first one.
    auto *wait = new QObject(this);
    m_resumeWait = wait;
    m_api->renewSession(m_api->accessTokenGeneration(), wait, [this, wait](const Error &e) {
        if (m_resumeWait != wait)
            return; // abandoned (signed in or out meanwhile)
        abandonJobs();
        if (e) {
            reject(e, State::Failed);
            return;
        }
        m_lastError = Error();
        setState(State::SignedIn);
        Q_EMIT signedIn();
    });
}

void AuthSession::requestPasswordReset(const QString &username)
{
    runAside(m_api->requestPasswordReset(username.trimmed()), &AuthSession::passwordResetRequested);
}

void AuthSession::confirmPasswordReset(const QString &token, const QString &newPassword)
{
    runAside(m_api->confirmPasswordReset(token.trimmed(), newPassword), &AuthSession::passwordSet);
}

void AuthSession::acceptInvitation(const QString &token, const QString &newPassword)
{
    runAside(m_api->acceptInvitation(token.trimmed(), newPassword), &AuthSession::passwordSet);
}

void AuthSession::unlockAccount(const QString &token)
{
    runAside(m_api->unlockAccount(token.trimmed()), &AuthSession::accountUnlocked);
}

void AuthSession::runAside(Job *job, void (AuthSession::*succeeded)())
{
    track(job);
    connect(job, &Job::finished, this, [this, job, succeeded] {
        if (job->isSuccess()) {
            Q_EMIT(this->*succeeded)();
            return;
        }
        reject(job->error());
    });
}

} // namespace pli
