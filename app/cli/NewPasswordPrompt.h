#pragma once

#include "Error.h"
#include "auth/PasswordPolicy.h"

#include <QCoreApplication>

namespace pli::cli {

class CliContext;

// A new password at the terminal, for a forced change at sign-in and for the links of e-mails:
// the server's rules shown once, the password asked twice without echo (two lines with
// --password-stdin), and the rules checked on the spot, saying what is missing, up to three
// tries. The server stays the judge; this only spares a refused round trip.
class NewPasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::NewPasswordPrompt)
public:
    NewPasswordPrompt(CliContext &context, PasswordPolicy policy, QString username = {});
    ~NewPasswordPrompt();

    // `intro` ("You must choose a new password. It needs:") then one line per rule.
    void showRules(const QString &intro);
    // A password that meets the rules as far as the client can tell, or the error that ends
    // the attempt (no way to ask, input ended, three wrong tries).
    Error read(QString &password);

private:
    Error ask(const QString &question, QString &answer);

    CliContext &m_context;
    PasswordPolicy m_policy;
    QString m_username;
};

} // namespace pli::cli
