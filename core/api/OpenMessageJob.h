#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /messages/{id}/open: marks a message opened (recorded in the activity).
class OpenMessageJob : public JsonJob
{
    Q_OBJECT
public:
    OpenMessageJob(ApiClient *api, const QString &messageId, QObject *parent = nullptr);
};

} // namespace pli
