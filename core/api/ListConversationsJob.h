#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// GET /personas/{pid}/conversations: one page of a persona's conversation list, sorted and
// filtered on the server.
class ListConversationsJob : public JsonJob
{
    Q_OBJECT
public:
    ListConversationsJob(ApiClient *api, const QString &personaId, const ConversationQuery &query,
                         QObject *parent = nullptr);
    ConversationPage page() const { return m_page; }

protected:
    Error parseResponse(const QJsonDocument &json) override;

private:
    ConversationPage m_page;
};

} // namespace pli
