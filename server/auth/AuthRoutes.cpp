// SCAFFOLD: replaced by the module's real implementation.
#include "Routes.h"

namespace pli::server {

void installAuthRoutes(httplib::Server &, ServerContext &) {}

} // namespace pli::server
