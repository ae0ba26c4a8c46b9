#pragma once

#include "Command.h"

namespace pli::cli {

// `pli-cli open MESSAGE`: records that the message was opened (the sender sees it).
class OpenCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;
};

} // namespace pli::cli
