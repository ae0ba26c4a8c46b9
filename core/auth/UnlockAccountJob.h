#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /auth/unlock: lifts the lock of an account locked after repeated sign-in failures, with
// the token of the e-mailed unlock link (used up). InvalidToken for a used or expired link.
class UnlockAccountJob : public JsonJob
{
    Q_OBJECT
public:
    UnlockAccountJob(ApiClient *api, const QString &token, QObject *parent = nullptr);
};

} // namespace pli
