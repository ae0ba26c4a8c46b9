#pragma once

#include "Command.h"

namespace pli::cli {

// `pli-cli logout [--forget]`: ends the remembered session on the server and deletes it from
// the keychain; --forget also drops the account from the list.
class LogoutCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;
};

} // namespace pli::cli
