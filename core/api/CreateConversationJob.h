#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// POST /conversations (collaborators only; participants get ParticipantsCannotStart): starts a
// conversation with a first message. conversation() is the new conversation as GET
// /conversations/{id} shows it.
class CreateConversationJob : public JsonJob
{
    Q_OBJECT
public:
    CreateConversationJob(ApiClient *api, const NewConversation &conversation,
                          QObject *parent = nullptr);
    ConversationDetails conversation() const { return m_conversation; }
    QString conversationId() const { return m_conversation.id; }

protected:
    Error parseResponse(const QJsonDocument &json) override;
    bool expectsBody() const override { return true; }

private:
    ConversationDetails m_conversation;
};

} // namespace pli
