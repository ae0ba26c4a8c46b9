#pragma once

#include "Principal.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pli::server {

struct ServerContext;

// A conversation to start, as asked through the API (fields checked by the caller).
struct NewConversation
{
    std::string personaId; // the owner, one of the caller's personas
    std::string title;
    std::vector<std::string> participants; // e-mail addresses
    std::string body;
    std::vector<std::string> uploads; // tus upload ids to attach
};

// What a signed-in member does to conversations through the API. Each call is one transaction,
// notifies the members (Notifier) and mails its notices after the commit. Whatever the caller
// may not see is ApiError 404, exactly like what does not exist.
class ConversationActions
{
public:
    ConversationActions(ServerContext &ctx, Principal caller);

    // Throws ApiError 403 participants_cannot_start unless the caller is a collaborator.
    void requireMayStart() const;
    // Returns the conversation's details. Throws ApiError 403 persona_unverified, 422
    // unknown_participants (naming them), 400 when nobody else is named, and the attachment
    // errors of AttachmentStore::attachUploads().
    nlohmann::json start(const NewConversation &conversation);
    // The conversation's details; it is no longer new for the caller.
    nlohmann::json read(const std::string &conversationId);
    // Removes conversations from the persona's list; ids it does not take part in are ignored.
    void removeFromList(const std::string &personaId, const std::vector<std::string> &ids);

    // Returns the message as its sender sees it. Throws ApiError 400 for an empty or oversized
    // body, 403 conversation_read_only, and the attachment errors.
    nlohmann::json post(const std::string &conversationId, const std::string &body,
                        const std::vector<std::string> &uploads);
    // Records that the caller opened the message (not for their own). Throws ApiError 410
    // message_expired.
    void open(const std::string &messageId);

private:
    ServerContext &m_ctx;
    Principal m_caller;
};

} // namespace pli::server
