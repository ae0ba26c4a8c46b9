// `pli-server conversation ...`: start, post to and list conversations from the command line
// (administrators, scripts, demos), through the same writer as the API.
#include "AdminCommands.h"
#include "ApiError.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "CommandLine.h"
#include "ConversationQueries.h"
#include "ConversationRecords.h"
#include "ConversationWriter.h"
#include "Database.h"
#include "EmailAddress.h"
#include "Notifier.h"
#include "PersonaRecords.h"
#include "ServerConfig.h"
#include "ServerContext.h"
#include "UserRecords.h"

#include <iostream>
#include <limits>

namespace pli::server {

namespace {
// A refusal to explain on stderr (exit status 1), or a usage error (exit status 2).
struct CommandFailure : std::runtime_error
{
    CommandFailure(const std::string &message, int status = 1)
        : std::runtime_error(message)
        , status(status)
    {}
    int status;
};

std::string required(const CommandLine &cl, const std::string &flag)
{
    const auto value = cl.value(flag);
    if (!value || value->empty())
        throw CommandFailure("--" + flag + " is required", 2);
    return *value;
}

PersonaCard personaByEmail(Database &db, const std::string &email)
{
    auto card = PersonaRecords::cardByEmail(db, trimmed(email));
    if (!card)
        throw CommandFailure("no persona has the address " + email);
    return *card;
}

// Checks the files before anything is written, then imports them inside the transaction.
std::function<void(const std::string &)> attachFiles(ServerContext &ctx,
                                                     const std::vector<std::string> &files)
{
    if (files.empty())
        return {};
    std::uintmax_t total = 0;
    for (const auto &file : files) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(file, ec))
            throw CommandFailure("cannot attach " + file + ": not a readable file");
        total += std::filesystem::file_size(file, ec);
    }
    if (total > static_cast<std::uintmax_t>(ServerConfig::maxUploadSize))
        throw CommandFailure("the attachments of one message exceed 1 GiB");
    return [&ctx, files](const std::string &messageId) {
        for (const auto &file : files) {
            const std::string name = std::filesystem::path(file).filename().string();
            ctx.attachments->importFile(*ctx.db, messageId, file, name,
                                        AttachmentStore::guessContentType(name));
        }
    };
}

int create(const CommandLine &cl, ServerContext &ctx)
{
    if (cl.positional().size() != 2)
        throw CommandFailure("unexpected argument \"" + cl.positional()[2] + "\"", 2);
    const std::string from = required(cl, "from");
    const auto to = cl.values("to");
    if (to.empty())
        throw CommandFailure("--to is required (repeat it for several participants)", 2);
    MessageDraft draft;
    draft.body = required(cl, "body");
    const std::string title = required(cl, "title");
    ConversationWriter::checkTitle(title);
    ConversationWriter::checkBody(draft.body);
    draft.attach = attachFiles(ctx, cl.values("attach"));

    auto &db = *ctx.db;
    Notifier notifier(ctx);
    const nlohmann::json created = db.transaction([&] {
        const PersonaCard owner = personaByEmail(db, from);
        const auto user = UserRecords::byId(db, owner.userId);
        if (!user || user->role != "collaborator")
            throw CommandFailure(from + " is not a collaborator's persona: only collaborators "
                                        "start conversations");
        if (!user->active)
            throw CommandFailure(from + " belongs to a deactivated user");
        std::vector<PersonaCard> participants;
        for (const auto &email : to) {
            const PersonaCard card = personaByEmail(db, email);
            if (card.id != owner.id)
                participants.push_back(card);
        }
        if (participants.empty())
            throw CommandFailure("name at least one participant besides the owner");
        ConversationWriter writer(db, notifier);
        return ConversationQueries::detail(db, writer.create(owner, title, participants, draft));
    });
    notifier.deliverMail();
    if (cl.has("json"))
        std::cout << created.dump(2) << '\n';
    else
        std::cout << created["id"].get<std::string>() << '\n';
    return 0;
}

int post(const CommandLine &cl, ServerContext &ctx)
{
    const auto &args = cl.positional();
    if (args.size() != 3)
        throw CommandFailure("conversation post needs a CONVERSATION_ID", 2);
    const std::string conversationId = args[2];
    const std::string from = required(cl, "from");
    MessageDraft draft;
    draft.body = required(cl, "body");
    ConversationWriter::checkBody(draft.body);
    draft.attach = attachFiles(ctx, cl.values("attach"));

    auto &db = *ctx.db;
    Notifier notifier(ctx);
    const std::string messageId = db.transaction([&] {
        const PersonaCard sender = personaByEmail(db, from);
        if (!ConversationRecords::isMember(db, conversationId, sender.id))
            throw CommandFailure(from + " does not take part in conversation " + conversationId);
        ConversationWriter writer(db, notifier);
        return writer.post(conversationId, sender.id, draft);
    });
    notifier.deliverMail();
    std::cout << messageId << '\n';
    return 0;
}

int list(const CommandLine &cl, ServerContext &ctx)
{
    if (cl.positional().size() != 2)
        throw CommandFailure("unexpected argument \"" + cl.positional()[2] + "\"", 2);
    const std::string email = required(cl, "persona");
    auto &db = *ctx.db;
    auto guard = db.lock();
    const PersonaCard persona = personaByEmail(db, email);
    ConversationListRequest request;
    request.perPage = std::numeric_limits<int>::max();
    const auto items = ConversationQueries::list(db, persona.id, request, nowSeconds())["items"];
    if (cl.has("json")) {
        std::cout << items.dump(2) << '\n';
        return 0;
    }
    for (const auto &c : items) {
        std::string flags;
        for (const auto &[key, word] : {std::pair{"is_new", "new"}, std::pair{"unread", "unread"},
                                        std::pair{"read_only", "read-only"}})
            if (c[key].get<bool>())
                flags += flags.empty() ? word : std::string(",") + word;
        std::cout << c["id"].get<std::string>() << '\t' << c["modified_at"].get<std::string>()
                  << '\t' << c["owner"]["email"].get<std::string>() << '\t' << c["message_count"]
                  << " messages\t" << (flags.empty() ? "-" : flags) << '\t'
                  << c["title"].get<std::string>() << '\n';
    }
    return 0;
}
} // namespace

int runConversationCommand(const CommandLine &cl, ServerContext &ctx)
{
    const auto &args = cl.positional();
    const std::string sub = args.size() > 1 ? args[1] : "";
    try {
        if (sub == "create")
            return create(cl, ctx);
        if (sub == "post")
            return post(cl, ctx);
        if (sub == "list")
            return list(cl, ctx);
        throw CommandFailure(sub.empty() ? "conversation needs a sub-command"
                                         : "unknown conversation sub-command \"" + sub + "\"",
                             2);
    } catch (const CommandFailure &failure) {
        std::cerr << "pli-server: " << failure.what() << '\n';
        if (failure.status == 2)
            std::cerr << "Usage:\n" << conversationCommandUsage();
        return failure.status;
    } catch (const ApiError &error) {
        std::cerr << "pli-server: " << (error.detail.empty() ? error.code : error.detail) << '\n';
        return 1;
    }
}

std::optional<CommandOptions> conversationCommandOptions(const std::string &sub)
{
    if (sub == "create")
        return CommandOptions{
            {"from", "to", "title", "body", "attach"}, {"json"}, {"to", "attach"}};
    if (sub == "post")
        return CommandOptions{{"from", "body", "attach"}, {}, {"attach"}};
    if (sub == "list")
        return CommandOptions{{"persona"}, {"json"}, {}};
    return std::nullopt;
}

std::string conversationCommandUsage()
{
    return R"(  conversation create --from OWNER_EMAIL --to EMAIL [--to EMAIL...] --title TITLE
           --body TEXT [--attach FILE...] [--json]
      Starts a conversation from a collaborator's persona with its first message (participants
      are notified by e-mail); prints its id, or its details with --json.
  conversation post CONVERSATION_ID --from EMAIL --body TEXT [--attach FILE...]
      Adds a message from a member's persona; prints the message id.
  conversation list --persona EMAIL [--json]
      Lists the persona's conversations, most recently modified first.
)";
}

} // namespace pli::server
