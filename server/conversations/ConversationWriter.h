#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pli::server {

class Database;
class Notifier;
struct PersonaCard;

// A message about to be written: its text, how its attachments come in (uploads named by a
// client, or local files for the admin commands and the demo) and, to seed a history, its times.
struct MessageDraft
{
    std::string body;
    // Called inside the transaction with the new message's id.
    std::function<void(const std::string &messageId)> attach;
    std::optional<std::int64_t> sentAt;    // default: now
    std::optional<std::int64_t> expiresAt; // default: sentAt + messageLifetime
};

// Writes conversations and messages with everything that goes with them: members, activity,
// the conversation's modification time, coming back into deleted lists, and notifications.
// Every call runs inside the caller's transaction (Database::transaction).
class ConversationWriter
{
public:
    static constexpr std::int64_t messageLifetime = 365 * 24 * 3600;
    static constexpr std::size_t maxBodyCharacters = 100000;
    static constexpr std::size_t maxTitleCharacters = 200;

    ConversationWriter(Database &db, Notifier &notifier);

    // Throw ApiError 400 (code invalid_request, member "field") for an empty or oversized text.
    static void checkBody(const std::string &body);
    static void checkTitle(const std::string &title);

    // Starts a conversation owned by `owner` with the participants (owner excluded) and its
    // first message. Returns the conversation id.
    std::string create(const PersonaCard &owner, const std::string &title,
                       const std::vector<PersonaCard> &participants, const MessageDraft &first);

    // Adds a message; throws ApiError 403 conversation_read_only when the owner's account is
    // deactivated. Returns the message id.
    std::string post(const std::string &conversationId, const std::string &senderPersonaId,
                     const MessageDraft &draft);

private:
    std::string insertMessage(const std::string &conversationId, const std::string &senderPersonaId,
                              const MessageDraft &draft, std::int64_t sentAt);

    Database &m_db;
    Notifier &m_notifier;
};

} // namespace pli::server
