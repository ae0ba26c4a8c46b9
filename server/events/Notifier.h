#pragma once

#include <string>
#include <vector>

namespace pli::server {

struct ServerContext;

// Tells people about changes. Live events are published inside the transaction that made the
// change (EventBus stores them with it); e-mail notices are queued and only written by
// deliverMail() after the commit, outside the database lock, so that a rolled-back change
// never mails anyone. Notices (NoticeMail) never carry the message itself, only who wrote, the
// title and the link that opens the conversation, in each recipient's language.
class Notifier
{
public:
    // A silent notifier publishes and mails nothing (seeding the demo history).
    explicit Notifier(ServerContext &ctx, bool silent = false);

    // A message was added to a conversation (`startsConversation`: its first one): every other
    // member's user gets message.created (with the sender and the title, never the message),
    // persona.unread and conversation.updated, and an e-mail notice; the sender's user gets
    // conversation.updated. Caller holds the database lock.
    void messagePosted(const std::string &conversationId, const std::string &senderPersonaId,
                       const std::string &messageId, bool startsConversation);
    // persona.unread with the persona's current count, to its user. Caller holds the lock.
    void unreadChanged(const std::string &personaId);
    // conversation.updated to the persona's user. Caller holds the lock.
    void conversationUpdated(const std::string &conversationId, const std::string &personaId);

    // Writes the queued e-mail notices. Call after the commit, without the database lock.
    void deliverMail();

private:
    struct Mail
    {
        std::string to;
        std::string subject;
        std::string body;
    };

    ServerContext &m_ctx;
    bool m_silent;
    std::vector<Mail> m_mail;
};

} // namespace pli::server
