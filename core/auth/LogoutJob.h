#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /auth/logout: revokes the session on the server (the refresh token's whole family and
// the access token). The refresh token is read when the request is sent, so that a replay
// after a token refresh names the current one. Forgetting the tokens locally is the caller's
// part (AuthSession::signOut), whatever the answer.
class LogoutJob : public JsonJob
{
    Q_OBJECT
public:
    explicit LogoutJob(ApiClient *api, QObject *parent = nullptr);

protected:
    QNetworkReply *sendRequest(QNetworkAccessManager *network,
                               const QNetworkRequest &request) override;
};

} // namespace pli
