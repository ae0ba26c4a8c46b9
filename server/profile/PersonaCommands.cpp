// `pli-server persona ...`: personas (e-mail addresses) of a profile, for administrators.
#include "AdminCommands.h"
#include "Clock.h"
#include "CommandLine.h"
#include "Crypto.h"
#include "Database.h"
#include "EmailAddress.h"
#include "PersonaRecords.h"
#include "ProfileQueries.h"
#include "ServerContext.h"
#include "UserRecords.h"

#include <iostream>

namespace pli::server {

namespace {
int usageError(const std::string &message)
{
    std::cerr << "pli-server: " << message << "\nUsage:\n" << personaCommandUsage();
    return 2;
}

int addPersona(const CommandLine &cl, ServerContext &ctx)
{
    const auto &args = cl.positional();
    if (args.size() != 4)
        return usageError("persona add needs USERNAME and EMAIL");
    const std::string email = trimmed(args[3]);
    if (!isValidEmailAddress(email)) {
        std::cerr << "pli-server: \"" << args[3] << "\" is not a valid e-mail address\n";
        return 1;
    }
    const std::string displayName = trimmed(cl.valueOr("display-name", ""));
    if (hasControlCharacter(displayName) || characterCount(displayName) > 200) {
        std::cerr << "pli-server: the display name is not valid\n";
        return 1;
    }
    auto &db = *ctx.db;
    std::string failure;
    const std::string id = db.transaction([&]() -> std::string {
        const auto user = UserRecords::byUsername(db, args[2]);
        if (!user) {
            failure = "no user named \"" + args[2] + "\"";
            return {};
        }
        if (PersonaRecords::verifiedEmailTaken(db, email)) {
            failure = email + " is already a persona";
            return {};
        }
        const std::string personaId = crypto::randomId("p_");
        PersonaRecords::insert(db, {personaId, user->id, email, displayName, true, nowSeconds()});
        return personaId;
    });
    if (!failure.empty()) {
        std::cerr << "pli-server: " << failure << '\n';
        return 1;
    }
    std::cout << id << '\n';
    return 0;
}

int listPersonas(const CommandLine &cl, ServerContext &ctx)
{
    const auto &args = cl.positional();
    if (args.size() != 3)
        return usageError("persona list needs USERNAME");
    auto &db = *ctx.db;
    auto guard = db.lock();
    const auto user = UserRecords::byUsername(db, args[2]);
    if (!user) {
        std::cerr << "pli-server: no user named \"" << args[2] << "\"\n";
        return 1;
    }
    const auto personas = ProfileQueries::personas(db, user->id, nowSeconds());
    if (cl.has("json")) {
        std::cout << personas.dump(2) << '\n';
        return 0;
    }
    for (const auto &p : personas)
        std::cout << p["id"].get<std::string>() << '\t' << p["email"].get<std::string>() << '\t'
                  << (p["verified"].get<bool>() ? "verified" : "unverified") << '\t'
                  << p["conversation_count"] << " conversations\t" << p["unread_count"]
                  << " unread\n";
    return 0;
}
} // namespace

int runPersonaCommand(const CommandLine &cl, ServerContext &ctx)
{
    const auto &args = cl.positional();
    const std::string sub = args.size() > 1 ? args[1] : "";
    if (sub == "add")
        return addPersona(cl, ctx);
    if (sub == "list")
        return listPersonas(cl, ctx);
    return usageError(sub.empty() ? "persona needs a sub-command"
                                  : "unknown persona sub-command \"" + sub + "\"");
}

std::optional<CommandOptions> personaCommandOptions(const std::string &sub)
{
    if (sub == "add")
        return CommandOptions{{"display-name"}, {}, {}};
    if (sub == "list")
        return CommandOptions{{}, {"json"}, {}};
    return std::nullopt;
}

std::string personaCommandUsage()
{
    return R"(  persona add USERNAME EMAIL [--display-name NAME]
      Adds a verified persona (an e-mail address) to a user's profile; prints its id.
  persona list USERNAME [--json]
      Lists a user's personas with their conversation and unread counts.
)";
}

} // namespace pli::server
