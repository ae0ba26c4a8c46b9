#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /auth/password-reset: asks for a reset link by e-mail. The server answers 202 whether or
// not the username exists.
class PasswordResetRequestJob : public JsonJob
{
    Q_OBJECT
public:
    PasswordResetRequestJob(ApiClient *api, const QString &username, QObject *parent = nullptr);
};

} // namespace pli
