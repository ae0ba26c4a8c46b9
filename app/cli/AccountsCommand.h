#pragma once

#include "Command.h"

namespace pli::cli {

// `pli-cli accounts`: the accounts used on this computer, the default (last used) marked.
class AccountsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;
};

} // namespace pli::cli
