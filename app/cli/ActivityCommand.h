#pragma once

#include "Command.h"

namespace pli::cli {

// `pli-cli activity CONVERSATION`: who did what in a conversation, and when.
class ActivityCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;
};

} // namespace pli::cli
