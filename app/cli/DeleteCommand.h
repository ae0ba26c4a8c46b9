#pragma once

#include "Command.h"

namespace pli::cli {

// `pli-cli delete PERSONA CONVERSATION...`: removes conversations from one persona's list
// (the other members keep them).
class DeleteCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;
};

} // namespace pli::cli
