#pragma once

#include "Command.h"

namespace pli::cli {

// `pli-cli personas`: the e-mail addresses of the profile, with unread and conversation counts.
class PersonasCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;
};

} // namespace pli::cli
