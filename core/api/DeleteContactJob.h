#pragma once

#include "net/JsonJob.h"

namespace pli {

// DELETE /contacts/{id}: removes an address-book entry.
class DeleteContactJob : public JsonJob
{
    Q_OBJECT
public:
    DeleteContactJob(ApiClient *api, const QString &contactId, QObject *parent = nullptr);
};

} // namespace pli
