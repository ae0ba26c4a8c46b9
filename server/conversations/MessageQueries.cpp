#include "MessageQueries.h"

#include "ApiError.h"
#include "Clock.h"
#include "Concat.h"
#include "Database.h"
#include "PersonaRecords.h"

#include <algorithm>
#include <limits>

namespace pli::server {

namespace {
// Columns for fromRow(): message (alias x), then its sender's card (p, u), then "opened".
std::string messageSelect(std::string_view condition)
{
    return concat({"SELECT x.id, x.body, x.sent_at, x.expires_at, x.seq, ",
                   PersonaRecords::cardColumns,
                   ", EXISTS (SELECT 1 FROM message_opens o WHERE o.message_id = x.id "
                   "AND o.persona_id = ?) FROM messages x JOIN personas p ON p.id = "
                   "x.sender_persona_id JOIN users u ON u.id = p.user_id ",
                   condition});
}
constexpr int kSenderColumn = 5;
constexpr int kOpenedColumn = 12;
} // namespace

MessageQueries::MessageQueries(Database &db, std::string viewerPersonaId, std::string viewerUserId,
                               std::int64_t now)
    : m_db(db)
    , m_viewerPersonaId(std::move(viewerPersonaId))
    , m_viewerUserId(std::move(viewerUserId))
    , m_now(now)
{}

nlohmann::json MessageQueries::page(const std::string &conversationId, int limit,
                                    const std::optional<std::string> &before)
{
    std::int64_t beforeSeq = std::numeric_limits<std::int64_t>::max();
    if (before) {
        auto st = m_db.query("SELECT seq FROM messages WHERE id = ? AND conversation_id = ?",
                             *before, conversationId);
        if (!st.next())
            throw ApiError(400, "invalid_request",
                           "The parameter \"before\" is not a message of this conversation.",
                           {{"field", "before"}});
        beforeSeq = st.integer(0);
    }
    std::int64_t total = 0;
    {
        auto st =
            m_db.query("SELECT COUNT(*) FROM messages WHERE conversation_id = ?", conversationId);
        st.next();
        total = st.integer(0);
    }
    nlohmann::json items = nlohmann::json::array();
    std::int64_t oldestSeq = beforeSeq;
    {
        auto st = m_db.query(messageSelect("WHERE x.conversation_id = ? AND x.seq < ? "
                                           "ORDER BY x.seq DESC LIMIT ?"),
                             m_viewerPersonaId, conversationId, beforeSeq,
                             static_cast<std::int64_t>(limit));
        while (st.next()) {
            items.push_back(fromRow(st));
            oldestSeq = st.integer(4);
        }
    }
    std::reverse(items.begin(), items.end());
    bool hasMore = false;
    {
        auto st = m_db.query("SELECT EXISTS (SELECT 1 FROM messages WHERE conversation_id = ? "
                             "AND seq < ?)",
                             conversationId, oldestSeq);
        hasMore = st.next() && st.integer(0) != 0;
    }
    return {{"items", items}, {"total", total}, {"has_more", hasMore}};
}

nlohmann::json MessageQueries::one(const std::string &messageId)
{
    auto st = m_db.query(messageSelect("WHERE x.id = ?"), m_viewerPersonaId, messageId);
    if (!st.next())
        return nullptr;
    return fromRow(st);
}

nlohmann::json MessageQueries::fromRow(const Statement &row)
{
    const std::string id = row.text(0);
    const PersonaCard sender = PersonaRecords::cardFromRow(row, kSenderColumn);
    const auto expiresAt = row.optionalInteger(3);
    const bool expired = expiresAt && *expiresAt <= m_now;
    const bool mine = sender.userId == m_viewerUserId;
    nlohmann::json message = {
        {"id", id},
        {"sender", sender.person()},
        {"mine", mine},
        {"sent_at", toRfc3339(row.integer(2))},
        {"expires_at", expiresAt ? nlohmann::json(toRfc3339(*expiresAt)) : nlohmann::json()},
        {"expired", expired},
        // A sender's own messages count as opened.
        {"opened", mine || row.integer(kOpenedColumn) != 0},
    };
    // An expired message keeps its header only: its text and files are gone for everyone.
    message["body"] = expired ? std::string() : row.text(1);
    message["attachments"] = expired ? nlohmann::json::array() : attachmentsOf(id);
    return message;
}

nlohmann::json MessageQueries::attachmentsOf(const std::string &messageId)
{
    nlohmann::json list = nlohmann::json::array();
    auto st = m_db.query("SELECT id, name, size, content_type, sha256 FROM attachments "
                         "WHERE message_id = ? ORDER BY position, created_at, id",
                         messageId);
    while (st.next())
        list.push_back({{"id", st.text(0)},
                        {"name", st.text(1)},
                        {"size", st.integer(2)},
                        {"content_type", st.text(3)},
                        {"sha256", st.text(4)}});
    return list;
}

} // namespace pli::server
