#pragma once

#include "PersonaCard.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pli::server {

struct ServerContext;
class ConversationWriter;

// Writes the participant guide's example into the database: the demo accounts, the
// collaborators of Innovactione, and a history of conversations spread over the last weeks
// (new, unread, read, read-only, with the Budget requests thread and its spreadsheet). The
// sign-ins are DemoAccounts.
class DemoDataWriter
{
public:
    explicit DemoDataWriter(ServerContext &ctx);

    // Writes the example unless it is there already. One transaction: all of it or nothing.
    void writeOnce();

private:
    bool alreadyWritten();
    void write();

    struct Account
    {
        std::string username, displayName, email, organization, role;
        bool withTotp;
    };
    // A line of a conversation: who writes (the owner or the participant), what, when.
    struct Line
    {
        bool fromOwner;
        std::string body;
        std::int64_t sentAt;
        bool read = true; // opened by the other side
        std::optional<std::int64_t> expiresAt;
        std::function<void(const std::string &messageId)> attach;
    };

    PersonaCard addAccount(const Account &account, const std::string &passwordHash);
    PersonaCard addPersona(const std::string &userId, const std::string &email);
    std::string addConversation(ConversationWriter &writer, const PersonaCard &owner,
                                const PersonaCard &participant, const std::string &title,
                                const std::vector<Line> &lines);
    void markOpened(const std::string &conversationId, const std::string &messageId,
                    const PersonaCard &reader, std::int64_t at);
    void seedBudgetRequests(ConversationWriter &writer);
    void seedArchive(ConversationWriter &writer);

    ServerContext &m_ctx;
    std::int64_t m_now;
    PersonaCard m_persona101, m_persona102, m_marie, m_jean, m_paul;
};

} // namespace pli::server
