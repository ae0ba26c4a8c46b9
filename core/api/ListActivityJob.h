#pragma once

#include "api/Types.h"
#include "net/JsonJob.h"

namespace pli {

// GET /conversations/{id}/activity: who created, posted, opened, downloaded or deleted what,
// sorted on the server.
class ListActivityJob : public JsonJob
{
    Q_OBJECT
public:
    ListActivityJob(ApiClient *api, const QString &conversationId, ActivitySort sort,
                    SortOrder order, QObject *parent = nullptr);
    QList<ActivityEntry> entries() const { return m_entries; }

protected:
    Error parseResponse(const QJsonDocument &json) override;

private:
    QList<ActivityEntry> m_entries;
};

} // namespace pli
