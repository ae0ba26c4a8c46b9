#pragma once

#include "Error.h"
#include "transfers/RequestAuthorizer.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <vector>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace pli {

// One GET of the byte range [begin, end) of a download, or of the whole resource, checked before
// a single byte is written: a 206 must carry exactly the requested Content-Range and the
// expected ETag; a 200 to a range request is never written. Accepted bytes go straight into the
// part file at their offset as they arrive (bounded read buffer), and the body must be as long
// as announced. It decides what should happen next (done(), then outcome()); the caller owns
// the retry policy.
class RangeFetch : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Pending,
        Complete,      // every byte of the range written
        Retry,         // transient: reset, timeout, truncation, 408/429/5xx
        Fail,          // permanent: other 4xx, local file error
        Changed,       // the resource is not the one we were fetching (ETag, size)
        RangesIgnored, // 200 to a range request for an unchanged (or unknown) resource
    };
    Q_ENUM(Outcome)

    struct Expectation
    {
        qint64 total = -1; // -1: unknown (first request of a download)
        QByteArray etag;   // empty: unknown; else sent as If-Range and required
    };

    // end == -1 asks for the whole resource without a Range header.
    RangeFetch(QNetworkAccessManager *network, RequestAuthorizer authorize, QUrl url, QFile *part,
               qint64 begin, qint64 end, Expectation expect, int stallTimeoutMs,
               qint64 readBufferBytes, QObject *parent = nullptr);
    ~RangeFetch() override;

    void start();
    // Stops without emitting done() (pause, cancel, another fetch found the resource changed).
    void abort();

    qint64 begin() const { return m_begin; }
    qint64 end() const { return m_end; } // clipped to the total once known
    qint64 received() const { return m_received; }
    Outcome outcome() const { return m_outcome; }
    Error error() const { return m_error; }
    int retryAfterSeconds() const { return m_retryAfter; }

    // What the answer said (valid from headersAccepted()).
    qint64 total() const { return m_total; }
    QByteArray etag() const { return m_etag; }
    QByteArray sha256() const { return m_sha256; }

Q_SIGNALS:
    // Status and headers are right; body bytes follow. Slots may abort() this fetch.
    void headersAccepted();
    void bytesWritten(qint64 count);
    void done();

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void decide(Outcome outcome, const Error &error);
    bool checkRangeAnswer();
    bool checkWholeAnswer();

    QNetworkAccessManager *m_network;
    RequestAuthorizer m_authorize;
    QUrl m_url;
    QFile *m_part;
    qint64 m_begin;
    qint64 m_end;
    bool m_ranged;
    Expectation m_expect;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stall;
    qint64 m_readBufferBytes;
    std::vector<char> m_buffer;

    int m_status = 0;
    bool m_accepted = false;
    qint64 m_received = 0;
    QByteArray m_errorBody;
    Outcome m_outcome = Outcome::Pending;
    Error m_error;
    Error m_tlsError; // from the TLS errors of the handshake, if it failed
    int m_retryAfter = -1;
    qint64 m_total = -1;
    QByteArray m_etag;
    QByteArray m_sha256;
};

} // namespace pli
