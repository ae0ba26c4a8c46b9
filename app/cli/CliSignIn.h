#pragma once

#include "Error.h"
#include "auth/AuthSession.h"

#include <QObject>
#include <QString>

#include <functional>

namespace pli {
class ApiClient;
}

namespace pli::cli {

class CliContext;

// A password sign-in at the terminal: drives pli::AuthSession through every step the server
// asks for (second factor by authenticator or e-mailed code, first-access authenticator set-up,
// forced password change), asking the person, or reading --code / --password-stdin, and saying
// what went wrong and what to do. On success the ApiClient holds the session.
class CliSignIn : public QObject
{
    Q_OBJECT
public:
    CliSignIn(CliContext &context, ApiClient *api, QObject *parent = nullptr);
    ~CliSignIn() override;

    // `password`: one the person has just chosen; asked for when empty (and wiped either way).
    Error run(const QString &username, QString password = {});

private:
    // How one action of the session ended: the state it left, and the error it reported.
    struct Outcome
    {
        AuthSession::State state = AuthSession::State::Idle;
        Error error;
    };

    Outcome act(const std::function<void()> &action);
    Error secondFactor(Outcome &outcome);
    Error requestEmailCode();
    Error enrolment(Outcome &outcome);
    Error passwordChange(Outcome &outcome);
    // The answer to a question, or the error that ends the sign-in (input ended).
    Error ask(const QString &question, bool hidden, QString &answer);
    QString takeCodeOption();
    void explainStop(const Error &error);

    CliContext &m_context;
    AuthSession m_session;
    QString m_codeOption;
    bool m_codeOptionUsed = false;
    bool m_lastCodeFromOption = false;
    bool m_emailMode = false;
    bool m_emailSent = false;
    QString m_shownSecret;
    bool m_policyShown = false;
};

} // namespace pli::cli
