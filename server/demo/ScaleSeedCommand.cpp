// `pli-server seed-scale`: fills a data directory fast for benchmarks and for trying the desktop
// at scale (ScaleSeeder).
#include "AdminCommands.h"
#include "CommandLine.h"
#include "ScaleSeeder.h"

#include <chrono>
#include <iostream>

namespace pli::server {

namespace {
// A whole number of at least `min` from --flag, or fallback when absent; nullopt when invalid.
std::optional<std::int64_t> count(const CommandLine &cl, const std::string &flag,
                                  std::int64_t fallback, std::int64_t min, std::int64_t max)
{
    const auto text = cl.value(flag);
    if (!text)
        return fallback;
    try {
        std::size_t used = 0;
        const long long value = std::stoll(*text, &used);
        if (used == text->size() && value >= min && value <= max)
            return value;
    } catch (const std::exception &) {
    }
    std::cerr << "pli-server: --" << flag << " expects a whole number from " << min << " to " << max
              << '\n';
    return std::nullopt;
}
} // namespace

int runScaleSeedCommand(const CommandLine &cl, ServerContext &ctx)
{
    if (cl.positional().size() != 1) {
        std::cerr << "pli-server: unexpected argument \"" << cl.positional()[1] << "\"\n";
        return 2;
    }
    const auto users = count(cl, "users", 2, 2, 99999);
    const auto perPersona = count(cl, "conversations-per-persona", 100, 1, 10000000);
    const auto messages = count(cl, "messages-per-thread", 5, 1, 10000);
    const auto attachments = count(cl, "attachments", 0, 0, 100000000);
    if (!users || !perPersona || !messages || !attachments)
        return 2;
    ScaleSeedPlan plan;
    plan.users = static_cast<int>(*users);
    plan.conversationsPerPersona = *perPersona;
    plan.messagesPerThread = static_cast<int>(*messages);
    plan.attachments = *attachments;
    plan.password = cl.valueOr("password", plan.password);
    const auto began = std::chrono::steady_clock::now();
    const ScaleSeedResult result =
        ScaleSeeder(ctx, plan).run([](std::int64_t done, std::int64_t total) {
            if (done % 10000 == 0 || done == total)
                std::cerr << "seed-scale: " << done << " of " << total << " conversations\n";
        });
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    std::cout << "Seeded " << plan.users << " users (" << ScaleSeeder::username(0) << " to "
              << ScaleSeeder::username(plan.users - 1) << ", password \"" << plan.password
              << "\"), " << result.conversations << " conversations, " << result.messages
              << " messages, " << result.attachments << " attachments in " << seconds << " s\n";
    return 0;
}

CommandOptions scaleSeedCommandOptions()
{
    return CommandOptions{
        {"users", "conversations-per-persona", "messages-per-thread", "attachments", "password"},
        {},
        {}};
}

std::string scaleSeedCommandUsage()
{
    return R"(  seed-scale --users N --conversations-per-persona N --messages-per-thread N
             [--attachments N] [--password TEXT]
      Fills an empty data directory fast, for benchmarks and for trying the desktop at scale:
      N users scale-00001… (collaborators, persona scale-00001@scale.pli.test…, all with the
      password, default "pli-scale-password"; each enrols an authenticator at first sign-in),
      conversations between pairs of them so that each persona has about the number asked
      (users × conversations-per-persona / 2 in all), threads of the given length, a third
      unread and a tenth new, and small attachments on the newest messages. No e-mail.
)";
}

} // namespace pli::server
