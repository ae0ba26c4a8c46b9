#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /auth/invitations/accept: chooses the first password with the token of an invitation e-mail
// (onboarding). InvalidToken for a used or expired invitation, PasswordPolicy with the unmet
// rules.
class AcceptInvitationJob : public JsonJob
{
    Q_OBJECT
public:
    AcceptInvitationJob(ApiClient *api, const QString &token, const QString &newPassword,
                        QObject *parent = nullptr);
};

} // namespace pli
