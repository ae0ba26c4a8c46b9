#pragma once

#include "Command.h"

namespace pli::cli {

// `pli-cli contacts`: the address book.
class ContactsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;
};

} // namespace pli::cli
