#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /personas/{pid}/conversations/delete: removes conversations from this persona's list only
// (other members keep them).
class DeleteConversationsJob : public JsonJob
{
    Q_OBJECT
public:
    DeleteConversationsJob(ApiClient *api, const QString &personaId,
                           const QStringList &conversationIds, QObject *parent = nullptr);
};

} // namespace pli
