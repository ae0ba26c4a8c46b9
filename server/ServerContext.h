#pragma once

#include "ServerConfig.h"

namespace pli::server {

class Database;
class Mailer;
class EventBus;
class AttachmentStore;
class RateLimiter;
class StreamRegistry;

// What every route module is given: configuration and the long-lived services. Owned by
// ApiServer (or by an admin command), outlives every request.
struct ServerContext
{
    ServerConfig config;
    Database *db = nullptr;
    Mailer *mailer = nullptr;
    EventBus *events = nullptr;
    AttachmentStore *attachments = nullptr;
    RateLimiter *rateLimiter = nullptr;
    StreamRegistry *streams = nullptr; // the server's open event streams (not in admin commands)
};

} // namespace pli::server
