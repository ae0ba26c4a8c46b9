// SCAFFOLD: replaced by the module's real implementation.
#include "AdminCommands.h"

namespace pli::server {

int runPersonaCommand(const CommandLine &, ServerContext &)
{
    return 2;
}
int runConversationCommand(const CommandLine &, ServerContext &)
{
    return 2;
}
std::string personaCommandUsage()
{
    return {};
}
std::string conversationCommandUsage()
{
    return {};
}

} // namespace pli::server
