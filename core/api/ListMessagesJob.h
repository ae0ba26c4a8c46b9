#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// GET /conversations/{id}/messages: the newest `limit` messages older than `beforeId` (empty: the
// newest), oldest to newest.
class ListMessagesJob : public JsonJob
{
    Q_OBJECT
public:
    ListMessagesJob(ApiClient *api, const QString &conversationId, int limit,
                    const QString &beforeId, QObject *parent = nullptr);
    MessagePage page() const { return m_page; }

protected:
    Error parseResponse(const QJsonDocument &json) override;

private:
    MessagePage m_page;
};

} // namespace pli
