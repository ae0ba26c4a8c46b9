#include "transfers/RangeFetch.h"

#include "net/ServerTrust.h"
#include "transfers/TransferHeaders.h"
#include "transfers/TransferLog.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStorageInfo>

namespace pli {

namespace {

// How much we move from the reply to the file per read (Qt holds at most readBufferBytes more):
// bounded memory for any file size.
constexpr qint64 kReadBufferSize = 256 * 1024;
constexpr qsizetype kMaxErrorBody = 64 * 1024;

Error malformed(const QString &detail)
{
    return Error(Error::Code::MalformedResponse, detail);
}

} // namespace

RangeFetch::RangeFetch(QNetworkAccessManager *network, RequestAuthorizer authorize, QUrl url,
                       QFile *part, qint64 begin, qint64 end, Expectation expect,
                       int stallTimeoutMs, qint64 readBufferBytes, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_authorize(std::move(authorize))
    , m_url(std::move(url))
    , m_part(part)
    , m_begin(begin)
    , m_end(end)
    , m_ranged(end >= 0)
    , m_expect(std::move(expect))
    , m_readBufferBytes(qMax(kReadBufferSize, readBufferBytes))
{
    m_stall.setSingleShot(true);
    m_stall.setInterval(stallTimeoutMs);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        qCInfo(lcTransfer) << "no bytes for" << m_stall.interval() << "ms at offset"
                           << m_begin + m_received << "- dropping the connection";
        decide(Outcome::Retry, Error(Error::Code::Timeout, QStringLiteral("stalled")));
    });
}

RangeFetch::~RangeFetch()
{
    abort();
}

void RangeFetch::start()
{
    QNetworkRequest request(m_url);
    // Compressed answers would make Content-Range and the digest refer to other bytes.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_ranged) {
        request.setRawHeader("Range", TransferHeaders::rangeHeader(m_begin, m_end));
        if (!m_expect.etag.isEmpty())
            request.setRawHeader("If-Range", m_expect.etag);
    }
    // Qt's own inactivity timeout backs up the stall timer (which also covers a slow trickle of
    // headers); the request is aborted either way.
    request.setTransferTimeout(m_stall.interval() * 2);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (m_authorize)
        m_authorize(request);
    m_buffer.resize(size_t(kReadBufferSize));
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(m_readBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RangeFetch::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &RangeFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RangeFetch::onFinished);
    // Noted here, judged when the reply finishes (the handshake fails: errors are never ignored).
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_tlsError = ServerTrust::failure(m_reply, errors);
    });
    m_stall.start();
}

void RangeFetch::abort()
{
    m_stall.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RangeFetch::decide(Outcome outcome, const Error &error)
{
    if (m_outcome != Outcome::Pending)
        return;
    m_outcome = outcome;
    m_error = error;
    abort();
    Q_EMIT done();
}

void RangeFetch::onMetaData()
{
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || m_status != 0)
        return;
    m_status = status.toInt();
    m_stall.start();
    m_etag = m_reply->rawHeader("ETag");
    m_sha256 = TransferHeaders::sha256FromReprDigest(m_reply->rawHeader("Repr-Digest"));
    if (m_status >= 400)
        return; // the problem body is collected, then judged in onFinished()
    const bool ok = m_ranged ? checkRangeAnswer() : checkWholeAnswer();
    if (!ok)
        return;
    m_accepted = true;
    Q_EMIT headersAccepted();
}

bool RangeFetch::checkRangeAnswer()
{
    const bool etagDiffers = !m_expect.etag.isEmpty() && m_etag != m_expect.etag;
    if (m_status == 200) {
        decide(etagDiffers ? Outcome::Changed : Outcome::RangesIgnored, {});
        return false;
    }
    if (m_status != 206) {
        decide(Outcome::Fail, malformed(QStringLiteral("unexpected status %1").arg(m_status)));
        return false;
    }
    if (etagDiffers || m_etag.startsWith("W/")) {
        // A 206 of another version (a server that ignores If-Range) must not be mixed in.
        decide(Outcome::Changed, {});
        return false;
    }
    const auto range = TransferHeaders::parseContentRange(m_reply->rawHeader("Content-Range"));
    if (!range || range->first < 0 || range->total < 0) {
        decide(Outcome::Retry, malformed(QStringLiteral("206 without a usable Content-Range")));
        return false;
    }
    if (m_expect.total >= 0 && range->total != m_expect.total) {
        decide(Outcome::Changed, {});
        return false;
    }
    const qint64 expectedLast = qMin(m_end, range->total) - 1;
    if (range->first != m_begin || range->last != expectedLast) {
        decide(
            Outcome::Retry,
            malformed(QStringLiteral("Content-Range %1 does not match %2")
                          .arg(QString::fromLatin1(m_reply->rawHeader("Content-Range")),
                               QString::fromLatin1(TransferHeaders::rangeHeader(m_begin, m_end)))));
        return false;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != expectedLast + 1 - m_begin) {
        decide(Outcome::Retry, malformed(QStringLiteral("Content-Length disagrees with range")));
        return false;
    }
    m_total = range->total;
    m_end = expectedLast + 1;
    return true;
}

bool RangeFetch::checkWholeAnswer()
{
    if (m_status != 200) {
        decide(Outcome::Fail, malformed(QStringLiteral("unexpected status %1").arg(m_status)));
        return false;
    }
    if (!m_expect.etag.isEmpty() && m_etag != m_expect.etag) {
        decide(Outcome::Changed, {});
        return false;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_total = length.isValid() ? length.toLongLong() : -1;
    if (m_expect.total >= 0 && m_total >= 0 && m_total != m_expect.total) {
        decide(Outcome::Changed, {});
        return false;
    }
    m_end = m_total; // -1: read to the end of the stream
    return true;
}

void RangeFetch::onReadyRead()
{
    m_stall.start();
    if (!m_accepted) {
        if (m_status >= 400 && m_errorBody.size() < kMaxErrorBody)
            m_errorBody += m_reply->read(kMaxErrorBody - m_errorBody.size());
        else
            m_reply->readAll(); // a body we will not use (never reached for 2xx)
        return;
    }
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 room = m_end >= 0 ? m_end - m_begin - m_received : kReadBufferSize;
        if (room <= 0) {
            decide(Outcome::Retry, malformed(QStringLiteral("body longer than announced")));
            return;
        }
        const qint64 got = m_reply->read(m_buffer.data(), qMin(room, kReadBufferSize));
        if (got <= 0)
            return;
        if (!m_part->seek(m_begin + m_received) || m_part->write(m_buffer.data(), got) != got) {
            const QStorageInfo storage(QFileInfo(m_part->fileName()).absolutePath());
            const bool full = storage.bytesAvailable() < got;
            qCWarning(lcTransfer) << "cannot write the part file:" << m_part->errorString();
            decide(Outcome::Fail, Error(full ? Error::Code::DiskFull : Error::Code::FileError,
                                        m_part->errorString()));
            return;
        }
        m_received += got;
        Q_EMIT bytesWritten(got);
    }
}

void RangeFetch::onFinished()
{
    if (!m_reply || m_outcome != Outcome::Pending)
        return;
    onReadyRead();
    if (!m_reply || m_outcome != Outcome::Pending)
        return;
    const QNetworkReply::NetworkError networkError = m_reply->error();
    if (m_tlsError && networkError == QNetworkReply::SslHandshakeFailedError) {
        // A certificate the account does not trust will not become trusted by asking again.
        decide(Outcome::Fail, m_tlsError);
        return;
    }
    if (m_status >= 400) {
        Error error = Error::fromHttp(m_status, m_errorBody, m_reply->rawHeader("Retry-After"));
        m_retryAfter = TransferHeaders::retryAfterSeconds(m_reply->rawHeader("Retry-After"));
        if (m_status == 416 && m_ranged) {
            const auto range =
                TransferHeaders::parseContentRange(m_reply->rawHeader("Content-Range"));
            if (range && range->first < 0 && m_expect.total < 0 && range->total == 0) {
                m_total = 0; // an empty file has no byte to ask for
                m_end = 0;
                Q_EMIT headersAccepted();
                decide(Outcome::Complete, {});
                return;
            }
            if (range && range->first < 0 && m_expect.total >= 0 &&
                range->total != m_expect.total) {
                decide(Outcome::Changed, {});
                return;
            }
        }
        const bool transient = m_status == 408 || m_status == 429 || m_status >= 500;
        decide(transient ? Outcome::Retry : Outcome::Fail, error);
        return;
    }
    if (!m_accepted) {
        const bool timedOut = networkError == QNetworkReply::TimeoutError ||
                              networkError == QNetworkReply::OperationCanceledError;
        decide(Outcome::Retry, Error(timedOut ? Error::Code::Timeout : Error::Code::Network,
                                     m_reply->errorString()));
        return;
    }
    const qint64 expected = m_end >= 0 ? m_end - m_begin : m_received;
    if (networkError == QNetworkReply::NoError && m_received == expected) {
        decide(Outcome::Complete, {});
        return;
    }
    const bool timedOut = networkError == QNetworkReply::TimeoutError ||
                          networkError == QNetworkReply::OperationCanceledError;
    qCInfo(lcTransfer) << "range" << m_begin << "ended after" << m_received << "of" << expected
                       << "bytes:" << m_reply->errorString();
    decide(Outcome::Retry, networkError == QNetworkReply::NoError
                               ? malformed(QStringLiteral("body shorter than its Content-Length"))
                               : Error(timedOut ? Error::Code::Timeout : Error::Code::Network,
                                       m_reply->errorString()));
}

} // namespace pli
