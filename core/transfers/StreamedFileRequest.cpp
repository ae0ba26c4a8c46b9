#include "transfers/StreamedFileRequest.h"

#include "net/ServerTrust.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

namespace pli {

namespace {

// Read from the file and handed to the socket per step; the socket's own buffer is kept under
// kMaxQueued so that memory stays bounded whatever the chunk size.
constexpr qint64 kBlockSize = 1024 * 1024;
constexpr qint64 kMaxQueued = 4 * 1024 * 1024;
constexpr qsizetype kMaxHeadSize = 64 * 1024;
constexpr qsizetype kMaxBodySize = 1024 * 1024; // answers to a PATCH are small

bool isHopHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "host" || lower == "content-length" || lower == "connection" ||
           lower == "transfer-encoding";
}

} // namespace

StreamedFileRequest::StreamedFileRequest(const QNetworkRequest &request, const QByteArray &verb,
                                         const QString &filePath, qint64 offset, qint64 length,
                                         QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_verb(verb)
    , m_file(filePath)
    , m_offset(offset)
    , m_length(length)
{
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(request.transferTimeout() > 0 ? request.transferTimeout() : 30000);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        finish(Failure::Timeout, tr("No data moved for %1 s.").arg(m_stallTimer.interval() / 1000));
    });
}

StreamedFileRequest::~StreamedFileRequest()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void StreamedFileRequest::start()
{
    const QUrl url = m_request.url();
    const bool tls = url.scheme() == QLatin1String("https");
    if ((!tls && url.scheme() != QLatin1String("http")) || url.host().isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, url] {
                finish(Failure::Network,
                       tr("Unsupported URL %1").arg(url.toString(QUrl::RemoveUserInfo)));
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_offset)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(Failure::Network,
                       tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
            },
            Qt::QueuedConnection);
        return;
    }
    if (tls) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_request.sslConfiguration());
        connect(socket, &QSslSocket::encrypted, this, &StreamedFileRequest::onConnected);
        // Never ignored: the handshake fails next, and this says why.
        connect(socket, &QSslSocket::sslErrors, this,
                [this, socket](const QList<QSslError> &errors) {
                    m_tlsError =
                        ServerTrust::failure(m_request, errors, socket->peerCertificateChain());
                });
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &StreamedFileRequest::onConnected);
    }
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64) {
        m_stallTimer.start();
        pump();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &StreamedFileRequest::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &StreamedFileRequest::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this,
            [this, tls](QAbstractSocket::SocketError error) {
                onReadyRead(); // an answer may have arrived before the server closed
                if (m_finished)
                    return;
                const bool tlsFailure = tls && (error == QAbstractSocket::SslHandshakeFailedError ||
                                                error == QAbstractSocket::SslInternalError ||
                                                error == QAbstractSocket::SslInvalidUserDataError);
                finish(tlsFailure ? Failure::Tls : Failure::Network, m_socket->errorString());
            });
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    m_stallTimer.start();
    if (tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void StreamedFileRequest::onConnected()
{
    m_stallTimer.start();
    const QUrl url = m_request.url();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = m_verb + ' ' + target + " HTTP/1.1\r\nHost: " +
                      url.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1() +
                      "\r\n";
    const QList<QByteArray> names = m_request.rawHeaderList();
    for (const QByteArray &name : names) {
        if (!isHopHeader(name))
            head += name + ": " + m_request.rawHeader(name) + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(m_length) + "\r\nConnection: close\r\n\r\n";
    m_socket->write(head);
    pump();
}

void StreamedFileRequest::pump()
{
    if (m_finished || !m_socket)
        return;
    m_bodySent = m_bodyQueued - qMax<qint64>(0, m_socket->bytesToWrite());
    Q_EMIT uploadProgress(m_bodySent, m_length);
    while (m_bodyQueued < m_length && m_socket->bytesToWrite() < kMaxQueued) {
        const qint64 want = qMin(kBlockSize, m_length - m_bodyQueued);
        m_block.resize(want);
        const qint64 got = m_file.read(m_block.data(), want);
        if (got != want) {
            finish(Failure::Network,
                   tr("%1 could not be read during the upload.").arg(m_file.fileName()));
            return;
        }
        m_socket->write(m_block.constData(), got);
        m_bodyQueued += got;
    }
}

void StreamedFileRequest::onReadyRead()
{
    if (m_finished || !m_socket)
        return;
    m_stallTimer.start();
    m_received += m_socket->readAll();
    while (!m_headParsed) { // a loop: 1xx interim answers precede the real one
        const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (m_received.size() > kMaxHeadSize)
                finish(Failure::Network, tr("The server sent an oversized answer head."));
            else if (m_socket->state() == QAbstractSocket::UnconnectedState)
                finish(Failure::Network, tr("The server closed the connection before answering."));
            return;
        }
        if (!parseHead(headEnd)) {
            finish(Failure::Network, tr("The server sent a malformed answer."));
            return;
        }
    }
    m_body = m_received;
    if (m_body.size() > kMaxBodySize) {
        finish(Failure::Network, tr("The server sent an oversized answer."));
        return;
    }
    const bool closed = m_socket->state() == QAbstractSocket::UnconnectedState;
    if (m_contentLength >= 0 && m_body.size() >= m_contentLength) {
        m_body.truncate(m_contentLength);
        finish(Failure::None, {});
    } else if (closed && m_contentLength < 0) {
        finish(Failure::None, {}); // no length: the body ends with the connection
    } else if (closed) {
        finish(Failure::Network, tr("The server closed the connection mid-answer."));
    }
}

bool StreamedFileRequest::parseHead(qsizetype headEnd)
{
    const QList<QByteArray> lines = m_received.left(headEnd).split('\n');
    m_received.remove(0, headEnd + 4);
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool ok = false;
    m_status = statusLine.size() >= 2 && statusLine[0].startsWith("HTTP/1.")
                   ? statusLine[1].toInt(&ok)
                   : 0;
    if (!ok || m_status < 100 || m_status > 599) {
        m_status = 0;
        return false;
    }
    if (m_status < 200) { // 100 Continue and friends: the real answer follows
        m_status = 0;
        return true;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            return false;
        m_headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    if (!rawHeader("Transfer-Encoding").isEmpty())
        return false; // never sent by the servers we talk to for these answers
    const QByteArray length = rawHeader("Content-Length");
    m_contentLength = length.isEmpty() ? -1 : length.toLongLong(&ok);
    if (!length.isEmpty() && (!ok || m_contentLength < 0))
        return false;
    if (m_verb == "HEAD" || m_status == 204 || m_status == 304)
        m_contentLength = 0;
    m_headParsed = true;
    return true;
}

QByteArray StreamedFileRequest::rawHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void StreamedFileRequest::abort()
{
    finish(Failure::Aborted, tr("Aborted."));
}

void StreamedFileRequest::finish(Failure failure, const QString &errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    m_errorString = errorString;
    if (failure != Failure::None)
        m_status = 0;
    m_stallTimer.stop();
    if (m_socket) {
        m_bodySent = m_bodyQueued - qMax<qint64>(0, m_socket->bytesToWrite());
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_file.close();
    Q_EMIT finished();
}

} // namespace pli
