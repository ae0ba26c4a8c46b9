#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /personas/{id}/verify: confirms a new persona with the e-mailed code.
class VerifyPersonaJob : public JsonJob
{
    Q_OBJECT
public:
    VerifyPersonaJob(ApiClient *api, const QString &personaId, const QString &code,
                     QObject *parent = nullptr);
};

} // namespace pli
