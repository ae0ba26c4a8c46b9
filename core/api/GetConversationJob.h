#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// GET /conversations/{id}: a conversation's title, owner, participants and state.
class GetConversationJob : public JsonJob
{
    Q_OBJECT
public:
    GetConversationJob(ApiClient *api, const QString &conversationId, QObject *parent = nullptr);
    ConversationDetails details() const { return m_details; }

protected:
    Error parseResponse(const QJsonDocument &json) override;

private:
    ConversationDetails m_details;
};

} // namespace pli
