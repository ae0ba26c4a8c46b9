#pragma once

#include "Command.h"
#include "api/Types.h"

#include <optional>

namespace pli::cli {

// `pli-cli list PERSONA`: one page of a persona's conversations, with paging and sorting.
class ListCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    ExitCode run() override;

private:
    // The query the options ask for, or nullopt after printing a usage error.
    std::optional<ConversationQuery> query(QString &problem) const;
};

} // namespace pli::cli
