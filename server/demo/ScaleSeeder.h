#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace pli::server {

struct ServerContext;

// What `pli-server seed-scale` writes.
struct ScaleSeedPlan
{
    int users = 2; // scale-00001 … (collaborators, one persona each)
    std::int64_t conversationsPerPersona = 100;
    int messagesPerThread = 5;
    std::int64_t attachments = 0; // small files, on the newest conversations' messages
    std::string password = "pli-scale-password";
};

struct ScaleSeedResult
{
    std::int64_t conversations = 0;
    std::int64_t messages = 0;
    std::int64_t attachments = 0;
};

// Fills a server fast for benchmarks and for trying the desktop at scale: `users` accounts, and
// conversations between pairs of them so that each persona's list holds about
// `conversationsPerPersona` (users × conversationsPerPersona / 2 in all), modified over the
// last 300 days, with titles in French and English (accents included), each thread of
// `messagesPerThread` messages from both sides; a third are unread for one side and a tenth new.
// One transaction per 5 000 conversations, statements prepared once (ScaleRecords); the
// member rows get their list copies and unread state as they are written. No events, no e-mail. The
// accounts sign in with the plan's password and enrol an authenticator at their first sign-in.
class ScaleSeeder
{
public:
    ScaleSeeder(ServerContext &ctx, ScaleSeedPlan plan);

    // Throws std::runtime_error when the accounts exist already (seed a fresh data directory).
    // `progress` (optional) is called after each batch with the conversations written so far.
    ScaleSeedResult run(const std::function<void(std::int64_t done, std::int64_t total)> &progress);

    static std::string username(int index); // 0-based: scale-00001 for 0
    static std::string email(int index);

private:
    ServerContext &m_ctx;
    ScaleSeedPlan m_plan;
};

} // namespace pli::server
