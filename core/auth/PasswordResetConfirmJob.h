#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /auth/password-reset/confirm: sets a new password with the token of a reset link.
// InvalidToken for a used or expired link, PasswordPolicy with the unmet rules.
class PasswordResetConfirmJob : public JsonJob
{
    Q_OBJECT
public:
    PasswordResetConfirmJob(ApiClient *api, const QString &token, const QString &newPassword,
                            QObject *parent = nullptr);
};

} // namespace pli
