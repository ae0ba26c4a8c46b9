#pragma once

#include "Error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QTimer>

class QTcpSocket;

namespace pli {

// Sends one HTTP/1.1 request whose body is a section of a file, over a socket of its own, and
// reads the answer's status, headers and (small) body. QNetworkAccessManager hands an upload
// body to its HTTP thread in 16 KiB slices, each a round trip between threads, which costs
// more than half the throughput on a busy machine; here the file goes to the socket in large
// blocks from this thread. One connection per request ("Connection: close"): a handshake per
// multi-megabyte chunk is negligible. Secrets in the request headers are never logged.
class StreamedFileRequest : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,
        Network, // refused, reset, closed before a complete answer, unsupported URL
        Tls,
        Timeout, // no byte sent or received for the request's transfer timeout
        Aborted,
    };

    // `request` gives the URL (http or https), raw headers, TLS configuration and the transfer
    // timeout (stall limit); the body is `length` bytes of `filePath` from `offset`.
    StreamedFileRequest(const QNetworkRequest &request, const QByteArray &verb,
                        const QString &filePath, qint64 offset, qint64 length,
                        QObject *parent = nullptr);
    ~StreamedFileRequest() override;

    void start();
    void abort(); // emits finished() with Failure::Aborted unless already finished

    bool isFinished() const { return m_finished; }
    Failure failure() const { return m_failure; }
    QString errorString() const { return m_errorString; }
    // Why the TLS handshake failed (Failure::Tls), as ServerTrust reports it; no error otherwise.
    Error tlsError() const { return m_failure == Failure::Tls ? m_tlsError : Error(); }
    int status() const { return m_status; } // 0 without a complete answer
    QByteArray rawHeader(const QByteArray &name) const;
    QByteArray body() const { return m_body; }
    qint64 bodyBytesSent() const { return m_bodySent; }

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    void onConnected();
    void pump();
    void onReadyRead();
    bool parseHead(qsizetype headEnd);
    void finish(Failure failure, const QString &errorString);

    QNetworkRequest m_request;
    QByteArray m_verb;
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
    qint64 m_bodyQueued = 0; // handed to the socket
    qint64 m_bodySent = 0;   // left the socket's buffer
    QTcpSocket *m_socket = nullptr;
    QByteArray m_block;
    QByteArray m_received;
    bool m_headParsed = false;
    qint64 m_contentLength = -1;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QTimer m_stallTimer;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    QString m_errorString;
    Error m_tlsError;
};

} // namespace pli
