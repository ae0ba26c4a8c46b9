// SCAFFOLD: replaced by the module's real implementation.
#include "AdminCommands.h"

namespace pli::server {

std::string seedDemo(ServerContext &)
{
    return {};
}

} // namespace pli::server
