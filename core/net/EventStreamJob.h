#pragma once

#include "NetworkJob.h"

namespace pli {

// One connection to GET /events: sends the bearer token (a 401 refreshes the session and
// replays once, as every NetworkJob), asks to resume after `lastEventId`, and hands the body
// over as it arrives. The job runs as long as the server keeps the stream open; it succeeds
// when the server ends it and fails when it could not be opened or broke. No transfer timeout:
// EventStream watches for silence itself, knowing the server's keep-alive period.
class EventStreamJob : public NetworkJob
{
    Q_OBJECT
public:
    EventStreamJob(ApiClient *api, const QString &lastEventId, QObject *parent = nullptr);

Q_SIGNALS:
    // A request went out (also the replay after a refresh).
    void requestSent();
    // The server accepted the stream (2xx, text/event-stream); body bytes follow.
    void opened();
    void bytesReceived(const QByteArray &bytes);

protected:
    QUrl requestUrl() const override;
    void prepareRequest(QNetworkRequest &request) const override;
    QNetworkReply *sendRequest(QNetworkAccessManager *network,
                               const QNetworkRequest &request) override;
    void replyStarted(QNetworkReply *reply) override;
    bool streamsBody() const override { return true; }
    void readBody(QNetworkReply *reply) override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QString m_lastEventId;
    bool m_opened = false;
};

} // namespace pli
