#include "ScriptedHttpServer.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace pli::test {

namespace {

const char *reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Server Error" : "Status";
    }
}

} // namespace

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key == name.toLower())
            return value;
    return {};
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray ScriptedHttpServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort());
}

void ScriptedHttpServer::setContent(const QByteArray &content, const QByteArray &etag)
{
    m_content = content;
    m_etag = etag;
    m_digest =
        "sha-256=:" + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toBase64() +
        ":";
}

ScriptedHttpServer::Reply ScriptedHttpServer::defaultReply(const Request &request) const
{
    Reply reply;
    reply.headers = {{"ETag", m_etag}, {"Accept-Ranges", "bytes"}};
    if (m_sendDigest)
        reply.headers.append({"Repr-Digest", m_digest});
    const QByteArray range = request.header("range");
    const QByteArray ifRange = request.header("if-range");
    const qint64 size = m_content.size();
    if (m_honourRanges && range.startsWith("bytes=") && (ifRange.isEmpty() || ifRange == m_etag)) {
        const QList<QByteArray> bounds = range.mid(6).split('-');
        const qint64 first = bounds.value(0).toLongLong();
        qint64 last = bounds.value(1).isEmpty() ? size - 1 : bounds.value(1).toLongLong();
        if (first >= size || bounds.size() != 2) {
            reply.status = 416;
            reply.headers.append({"Content-Range", "bytes */" + QByteArray::number(size)});
            return reply;
        }
        last = qMin(last, size - 1);
        reply.status = 206;
        reply.headers.append({"Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                                   QByteArray::number(last) + '/' +
                                                   QByteArray::number(size)});
        reply.body = m_content.mid(first, last - first + 1);
        return reply;
    }
    reply.body = m_content;
    return reply;
}

void ScriptedHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedHttpServer::serve(QTcpSocket *socket)
{
    // Requests carry no body here (GET/HEAD); several may arrive on one kept-alive connection.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.remove(0, end + 4);
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.append(
                    {lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
        }
        const int index = int(m_requests.size());
        m_requests.append(request);
        Reply reply;
        if (!m_script || !m_script(request, index, reply))
            reply = defaultReply(request);
        const qint64 length = reply.contentLength >= 0 ? reply.contentLength : reply.body.size();
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
        for (const auto &[key, value] : std::as_const(reply.headers))
            head += key + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
        if (request.method != "HEAD")
            head += reply.body;
        const bool cut = length > reply.body.size();
        const QPointer<QTcpSocket> guard(socket);
        const auto send = [guard, head, cut] {
            if (!guard)
                return;
            guard->write(head);
            if (cut)
                guard->disconnectFromHost();
        };
        if (reply.delayMs > 0)
            QTimer::singleShot(reply.delayMs, socket, send);
        else
            send();
        if (cut)
            return;
    }
    socket->setProperty("buffer", buffer);
}

} // namespace pli::test
