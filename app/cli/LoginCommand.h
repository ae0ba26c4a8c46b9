#pragma once

#include "Command.h"

namespace pli::cli {

// `pli-cli login`: a password sign-in at the terminal, kept in the keychain with --remember;
// with --ca-file, the account trusts that certificate authority for its server from then on.
class LoginCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;
    // The sign-in itself; `chosenPassword`: one just chosen through a link (not asked again).
    ExitCode signIn(const QString &chosenPassword = {});
};

} // namespace pli::cli
