#include "StreamProxy.h"

#include <QPointer>
#include <QTcpSocket>

#include <sys/socket.h>

namespace pli::test {

struct StreamProxy::Link
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray pendingUp;
    QByteArray head;
    bool headDone = false;
    bool stalled = false;
    bool closed = false;
};

namespace {

void resetSocket(QTcpSocket *socket)
{
    if (!socket)
        return;
    if (socket->socketDescriptor() >= 0) {
        // SO_LINGER 0 turns close() into a TCP RST: "connection reset by peer".
        linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

} // namespace

StreamProxy::StreamProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &StreamProxy::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

StreamProxy::~StreamProxy()
{
    for (auto &link : m_links)
        closeLink(link.get(), false);
}

QUrl StreamProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QByteArray StreamProxy::requestHeader(int index, const QByteArray &name) const
{
    for (const QByteArray &line : m_heads.value(index).split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

void StreamProxy::dropConnections()
{
    for (auto &link : m_links)
        closeLink(link.get(), true);
}

void StreamProxy::stallConnections()
{
    for (auto &link : m_links)
        link->stalled = true;
}

void StreamProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto owned = std::make_unique<Link>();
        Link *link = owned.get();
        m_links.push_back(std::move(owned));
        client->setParent(this);
        link->client = client;
        link->upstream = new QTcpSocket(this);
        const auto up = [this, link](const QByteArray &data) {
            if (!link->headDone) {
                link->head += data;
                const qsizetype end = link->head.indexOf("\r\n\r\n");
                if (end >= 0) {
                    link->headDone = true;
                    m_heads.append(link->head.left(end));
                }
            }
            link->upstream->write(data);
        };
        connect(link->upstream, &QTcpSocket::connected, this, [link, up] {
            if (!link->pendingUp.isEmpty())
                up(std::exchange(link->pendingUp, {}));
        });
        connect(client, &QTcpSocket::readyRead, this, [link, up] {
            const QByteArray data = link->client->readAll();
            if (link->upstream->state() != QAbstractSocket::ConnectedState)
                link->pendingUp += data;
            else
                up(data);
        });
        connect(link->upstream, &QTcpSocket::readyRead, this, [link] {
            const QByteArray data = link->upstream->readAll();
            if (!link->stalled && link->client)
                link->client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(link, false); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [link] {
            if (link->client && !link->stalled)
                link->client->disconnectFromHost();
        });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void StreamProxy::closeLink(Link *link, bool reset)
{
    if (link->closed)
        return;
    link->closed = true;
    for (QTcpSocket *socket : {link->client.data(), link->upstream.data()}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        if (reset)
            resetSocket(socket);
        else
            socket->abort();
        socket->deleteLater();
    }
}

} // namespace pli::test
