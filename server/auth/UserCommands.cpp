// SCAFFOLD: replaced by the module's real implementation.
#include "AdminCommands.h"

namespace pli::server {

int runUserCommand(const CommandLine &, ServerContext &)
{
    return 2;
}
std::string userCommandUsage()
{
    return {};
}

} // namespace pli::server
