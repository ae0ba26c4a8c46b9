#pragma once

#include "Command.h"
#include "accounts/Account.h"
#include "keychain/ClientKind.h"

namespace pli::cli {

// `pli-cli accounts`: the accounts used on this computer, the default (last used) marked, and
// which programs stay signed in to each (pli-cli, the desktop app: separate sign-ins) and which
// certificate authority each trusts its server by.
class AccountsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;

private:
    static QString clientNames(const QList<ClientKind> &clients);
    static QString authorityOf(const Account &account);
};

} // namespace pli::cli
