#pragma once

#include <cstdint>
#include <string>

namespace pli::server {

struct ServerContext;
struct Challenge;
struct UserRecord;

// The sign-in codes sent by e-mail: six random digits, stored hashed with their challenge,
// valid ServerConfig::emailCodeTtl, used up with the challenge. At most one mail per
// ServerConfig::emailCodeInterval per user, whichever challenge asks, so that repeated sign-ins
// cannot flood a mailbox.
class EmailCodes
{
public:
    explicit EmailCodes(ServerContext &ctx);

    // Mails a new code for the challenge, replacing its previous one, unless the cool-down runs;
    // returns 0 when sent, else the seconds to wait. Throws challenge_expired when it is gone.
    std::int64_t send(const Challenge &challenge, const UserRecord &user);
    // The seconds before send() would mail again (0: now).
    std::int64_t coolDown(const Challenge &challenge, const UserRecord &user);
    // Whether `code` is the challenge's unexpired e-mailed code (in constant time).
    static bool matches(const Challenge &challenge, const std::string &code, std::int64_t now);

private:
    ServerContext &m_ctx;
};

} // namespace pli::server
