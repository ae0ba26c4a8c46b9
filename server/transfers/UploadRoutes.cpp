// SCAFFOLD: replaced by the module's real implementation.
#include "Routes.h"

namespace pli::server {

void installUploadRoutes(httplib::Server &, ServerContext &) {}

} // namespace pli::server
