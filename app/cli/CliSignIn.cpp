#include "CliSignIn.h"

#include "CliContext.h"
#include "NewPasswordPrompt.h"
#include "auth/Wipe.h"
#include "net/ApiClient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QSysInfo>

namespace pli::cli {

namespace {

using State = AuthSession::State;

const QString kTotp = QStringLiteral("totp");
const QString kEmail = QStringLiteral("email");

// Most steps can be retried after a wrong answer; past this many the person is better off
// starting again.
constexpr int kMaxRounds = 12;

// "ABCD EFGH IJKL …": a key is easier to type in groups of four.
QString grouped(const QString &secret)
{
    QString out;
    for (qsizetype i = 0; i < secret.size(); i += 4) {
        if (!out.isEmpty())
            out += u' ';
        out += secret.mid(i, 4);
    }
    return out;
}

} // namespace

CliSignIn::CliSignIn(CliContext &context, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_session(api)
    , m_codeOption(context.line().value(QStringLiteral("code")).trimmed())
    , m_emailMode(context.line().isSet(QStringLiteral("email-code")))
{}

CliSignIn::~CliSignIn()
{
    wipe(m_codeOption);
}

CliSignIn::Outcome CliSignIn::act(const std::function<void()> &action)
{
    Outcome outcome;
    bool done = false;
    QEventLoop loop;
    const auto finish = [&] {
        outcome.state = m_session.state();
        done = true;
        loop.quit();
    };
    // A refused action reports an error without leaving its state; a request ends in a new
    // state (an error emitted while a request runs, such as an expired step being restarted,
    // is kept for the person and the wait goes on).
    const auto onError = connect(&m_session, &AuthSession::error, this, [&](const Error &e) {
        outcome.error = e;
        if (m_session.state() != State::SigningIn)
            finish();
    });
    const auto onState = connect(&m_session, &AuthSession::stateChanged, this, [&](State state) {
        if (state != State::SigningIn)
            finish();
    });
    action();
    if (!done)
        loop.exec();
    disconnect(onError);
    disconnect(onState);
    return outcome;
}

Error CliSignIn::ask(const QString &question, bool hidden, QString &answer)
{
    const auto typed = m_context.prompt().ask(question, hidden ? TerminalPrompt::Echo::Hidden
                                                               : TerminalPrompt::Echo::Visible);
    if (!typed)
        return Error(Error::Code::Unauthorized,
                     tr("the sign-in was abandoned: an answer is missing"));
    answer = typed->trimmed();
    return {};
}

QString CliSignIn::takeCodeOption()
{
    if (m_codeOptionUsed || m_codeOption.isEmpty())
        return QString();
    m_codeOptionUsed = true;
    return m_codeOption;
}

Error CliSignIn::run(const QString &username, QString password)
{
    const QString server = m_session.api()->serverUrl().toString();
    if (password.isEmpty()) {
        if (Error e = ask(tr("Password for %1 on %2: ").arg(username, server), true, password))
            return e;
    }
    const QString deviceName =
        QStringLiteral("pli-cli (%1)").arg(QSysInfo::machineHostName().left(60));
    Outcome outcome = act([&] { m_session.signIn(username, password, deviceName); });
    wipe(password);

    for (int round = 0; round < kMaxRounds; ++round) {
        Error stop;
        switch (outcome.state) {
        case State::SignedIn:
            return {};
        case State::SecondFactorRequired:
            stop = secondFactor(outcome);
            break;
        case State::TotpEnrollmentRequired:
            stop = enrolment(outcome);
            break;
        case State::PasswordChangeRequired:
            stop = passwordChange(outcome);
            break;
        default: {
            Error error = m_session.lastError();
            if (!error)
                error = outcome.error ? outcome.error : Error(Error::Code::Unknown);
            explainStop(error);
            return error;
        }
        }
        if (stop) {
            m_session.signOut();
            return stop;
        }
    }
    m_session.signOut();
    return Error(Error::Code::TooManyAttempts);
}

void CliSignIn::explainStop(const Error &error)
{
    if (error.code() == Error::Code::AccountLocked)
        //: pli-cli link is a command: keep it as it is
        m_context.console().note(tr("To unlock it, copy the link of that e-mail into: pli-cli "
                                    "link \"LINK\""));
    if (error.code() == Error::Code::RateLimited && error.retryAfterSeconds() > 0) {
        const QDateTime when = QDateTime::currentDateTime().addSecs(error.retryAfterSeconds());
        //: %1 is a local time such as 14:32:05
        m_context.console().note(
            tr("You can sign in again at %1.").arg(when.toString(QStringLiteral("HH:mm:ss"))));
    }
}

Error CliSignIn::secondFactor(Outcome &outcome)
{
    if (outcome.error) {
        // A wrong code given on the command line is not asked again: a script cannot answer.
        if (m_lastCodeFromOption && !m_context.prompt().isInteractive())
            return outcome.error;
        if (outcome.error.code() == Error::Code::ChallengeExpired)
            m_context.console().note(tr("The sign-in step expired; it starts again."));
        else
            m_context.console().printError(outcome.error);
    }
    const QStringList methods = m_session.secondFactorMethods();
    if (!methods.contains(kTotp))
        m_emailMode = true;
    if (m_emailMode && !methods.contains(kEmail))
        return Error(Error::Code::InvalidInput,
                     tr("the server does not offer codes by e-mail for this account"));

    QString code;
    m_lastCodeFromOption = false;
    if (!m_emailMode) {
        code = takeCodeOption();
        m_lastCodeFromOption = !code.isEmpty();
        if (code.isEmpty()) {
            if (!m_context.prompt().canAsk())
                return Error(Error::Code::Unauthorized,
                             tr("a second-step code is needed: give --code CODE or --email-code"));
            const QString question =
                methods.contains(kEmail)
                    ? tr("Code from your authenticator app (or press Enter to receive one by "
                         "e-mail): ")
                    : tr("Code from your authenticator app: ");
            if (Error e = ask(question, true, code))
                return e;
            if (code.isEmpty() && methods.contains(kEmail))
                m_emailMode = true;
        }
    }
    while (m_emailMode && code.isEmpty()) {
        if (!m_emailSent) {
            if (Error e = requestEmailCode())
                return e;
        }
        if (Error e =
                ask(tr("Code from the e-mail (or press Enter to receive a new one): "), true, code))
            return e;
        if (code.isEmpty())
            m_emailSent = false;
    }
    if (code.isEmpty())
        return Error(Error::Code::InvalidCode);
    outcome = act([&] {
        if (m_emailMode)
            m_session.submitEmailCode(code);
        else
            m_session.submitTotpCode(code);
    });
    wipe(code);
    return {};
}

Error CliSignIn::requestEmailCode()
{
    Error failure;
    bool sent = false;
    QEventLoop loop;
    const auto onSent = connect(&m_session, &AuthSession::emailCodeSent, this, [&] {
        sent = true;
        loop.quit();
    });
    const auto onError = connect(&m_session, &AuthSession::error, this, [&](const Error &e) {
        failure = e;
        loop.quit();
    });
    m_session.requestEmailCode();
    if (!sent && !failure)
        loop.exec();
    disconnect(onSent);
    disconnect(onError);
    if (sent) {
        m_emailSent = true;
        m_context.console().note(tr("A sign-in code was sent to your e-mail address."));
        return {};
    }
    if (failure.code() == Error::Code::RateLimited) {
        // The cool-down between two e-mails: say how long, and let the person type the code
        // of the e-mail already sent meanwhile.
        const int seconds = qMax(failure.retryAfterSeconds(), 1);
        m_context.console().note(
            tr("A new code can be sent in %n second(s); type the last code you received.", nullptr,
               seconds));
        m_emailSent = true;
        return {};
    }
    return failure;
}

Error CliSignIn::enrolment(Outcome &outcome)
{
    if (outcome.error) {
        if (m_lastCodeFromOption && !m_context.prompt().isInteractive())
            return outcome.error;
        if (outcome.error.code() == Error::Code::ChallengeExpired)
            m_context.console().note(tr("The set-up expired; it starts again with a new key."));
        else
            m_context.console().printError(outcome.error);
    }
    Console &console = m_context.console();
    if (m_shownSecret != m_session.totpSecret()) {
        m_shownSecret = m_session.totpSecret();
        console.note(tr("This account needs two-step sign-in. Add it to your authenticator app "
                        "with this address (the content of a QR code):"));
        console.note(QStringLiteral("  ") + m_session.otpauthUri());
        console.note(tr("or type this key in the app:"));
        console.note(QStringLiteral("  ") + grouped(m_session.totpSecret()));
        const QDateTime expires = m_session.enrollmentExpiresAt();
        if (expires.isValid())
            //: %1 is a local time such as 14:32:05
            console.note(tr("Finish before %1.")
                             .arg(expires.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    }
    QString code = takeCodeOption();
    m_lastCodeFromOption = !code.isEmpty();
    if (code.isEmpty()) {
        if (!m_context.prompt().canAsk())
            return Error(Error::Code::Unauthorized,
                         tr("setting up the authenticator needs answers: run pli-cli login at "
                            "a terminal"));
        if (Error e = ask(tr("First code shown by the app: "), true, code))
            return e;
    }
    QString device = m_context.line().value(QStringLiteral("device-name")).trimmed();
    for (int tries = 0; device.isEmpty() && tries < 3; ++tries) {
        if (Error e =
                ask(tr("A name for this authenticator (e.g. \"Alice's phone\"): "), false, device))
            return e;
    }
    if (device.isEmpty())
        return Error(Error::Code::InvalidInput, tr("the authenticator needs a name"));
    outcome = act([&] { m_session.enrollTotp(code, device); });
    wipe(code);
    return {};
}

Error CliSignIn::passwordChange(Outcome &outcome)
{
    NewPasswordPrompt prompt(m_context, m_session.passwordPolicy(), m_session.username());
    if (outcome.error)
        m_context.console().printError(outcome.error);
    if (!m_policyShown) {
        m_policyShown = true;
        prompt.showRules(tr("You must choose a new password. It needs:"));
    }
    QString password;
    if (Error e = prompt.read(password))
        return e;
    outcome = act([&] { m_session.changePassword(password); });
    wipe(password);
    return {};
}

} // namespace pli::cli
