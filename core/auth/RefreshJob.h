#pragma once

#include "net/JsonJob.h"

namespace pli {

// POST /auth/refresh: exchanges a refresh token for a new access and refresh token (refresh
// tokens rotate: the old one is spent). Used by ApiClient::refreshSession(); an answer of 401
// invalid_token means the session is over.
class RefreshJob : public JsonJob
{
    Q_OBJECT
public:
    RefreshJob(ApiClient *api, const QString &refreshToken, QObject *parent = nullptr);
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    int expiresIn() const { return m_expiresIn; }

protected:
    Error parseResponse(const QJsonDocument &json) override;
    bool expectsBody() const override { return true; }

private:
    QString m_accessToken;
    QString m_refreshToken;
    int m_expiresIn = 0;
};

} // namespace pli
