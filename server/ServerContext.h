#pragma once

#include "ServerConfig.h"

namespace pli::server {

class Database;
class Mailer;
class EventBus;
class AttachmentStore;
class RateLimiter;
class DecoyChallenges;
class RetentionSweeper;
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
    DecoyChallenges *decoys = nullptr;   // e-mail sign-ins of addresses without such an account
    RetentionSweeper *sweeper = nullptr; // serving only: not for administration commands
    StreamRegistry *streams = nullptr;   // the server's open event streams (not in admin commands)
};

} // namespace pli::server
