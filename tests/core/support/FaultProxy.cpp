#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace pli::test {

struct FaultProxy::Stream
{
    bool inHeader = true;
    bool passthrough = false; // framing we do not follow (chunked): forward as is
    bool stalled = false;
    bool trickling = false;
    QByteArray header;
    qint64 bodyLeft = 0; // -1: until the connection closes
    qint64 bodyTotal = 0;
    qint64 bodyDone = 0;
    std::unique_ptr<Fault> fault;
    QByteArray trickleQueue;
    int trickleRate = 0;
};

struct FaultProxy::Link
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray pendingUp; // bytes from the client before the upstream connection is ready
    QList<QByteArray> methods;
    Stream up;   // client -> server
    Stream down; // server -> client
    QTimer trickleTimer;
    bool closed = false;
};

namespace {

void resetSocket(QTcpSocket *socket)
{
    if (!socket)
        return;
    socket->flush();
    if (socket->socketDescriptor() >= 0) {
        // SO_LINGER 0 turns close() into a TCP RST: a "connection reset by peer" for the peer.
        linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FaultProxy::~FaultProxy()
{
    for (auto &link : m_links) {
        link->trickleTimer.stop();
        if (link->client)
            link->client->abort();
        if (link->upstream)
            link->upstream->abort();
    }
}

QByteArray FaultProxy::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(port());
}

void FaultProxy::addFault(const Fault &fault)
{
    m_faults.append(fault);
}

void FaultProxy::resetCounters()
{
    m_responseBodyBytes = 0;
    m_requests.clear();
}

std::unique_ptr<FaultProxy::Fault> FaultProxy::takeFault(Direction direction,
                                                         const QByteArray &method)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        if (m_faults[i].direction == direction && m_faults[i].method == method)
            return std::make_unique<Fault>(m_faults.takeAt(i));
    }
    return nullptr;
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto owned = std::make_unique<Link>();
        Link *link = owned.get();
        m_links.push_back(std::move(owned));
        link->client = client;
        link->upstream = new QTcpSocket(this);
        client->setParent(this);
        connect(link->upstream, &QTcpSocket::connected, this, [this, link] {
            if (!link->pendingUp.isEmpty())
                pump(*link, Direction::Request, std::exchange(link->pendingUp, {}));
        });
        connect(client, &QTcpSocket::readyRead, this, [this, link] {
            const QByteArray data = link->client->readAll();
            if (link->upstream->state() != QAbstractSocket::ConnectedState)
                link->pendingUp += data;
            else
                pump(*link, Direction::Request, data);
        });
        connect(link->upstream, &QTcpSocket::readyRead, this,
                [this, link] { pump(*link, Direction::Response, link->upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(link); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] {
            if (link->down.trickling && !link->down.trickleQueue.isEmpty())
                return; // the trickle timer closes once the queue is delivered
            if (link->client)
                link->client->disconnectFromHost();
        });
        connect(&link->trickleTimer, &QTimer::timeout, this, [this, link] {
            Stream &s = link->down;
            const QByteArray slice = s.trickleQueue.left(qMax(1, s.trickleRate / 10));
            s.trickleQueue.remove(0, slice.size());
            if (link->client)
                link->client->write(slice);
            m_responseBodyBytes += slice.size();
            if (s.trickleQueue.isEmpty() &&
                (!link->upstream || link->upstream->state() != QAbstractSocket::ConnectedState)) {
                link->trickleTimer.stop();
                if (link->client)
                    link->client->disconnectFromHost();
            }
        });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void FaultProxy::pump(Link &link, Direction direction, QByteArray data)
{
    if (link.closed)
        return;
    Stream &s = direction == Direction::Response ? link.down : link.up;
    QTcpSocket *out = direction == Direction::Response ? link.client : link.upstream;
    if (!out || s.stalled)
        return;
    if (s.trickling) {
        s.trickleQueue += data;
        return;
    }
    const auto forward = [&](const QByteArray &bytes, bool body) {
        out->write(bytes);
        if (body && direction == Direction::Response)
            m_responseBodyBytes += bytes.size();
    };
    while (!data.isEmpty()) {
        if (s.passthrough) {
            forward(data, false);
            return;
        }
        if (s.inHeader) {
            const qsizetype before = s.header.size();
            s.header += data;
            const qsizetype end = s.header.indexOf("\r\n\r\n");
            if (end < 0) {
                forward(data, false);
                return;
            }
            const qsizetype headBytes = end + 4 - before;
            forward(data.left(headBytes), false);
            data = data.mid(headBytes);
            const QByteArray head = s.header.left(end);
            s.header.clear();
            const QByteArray firstLine = head.left(head.indexOf('\r'));
            QByteArray method;
            bool bodyless = false;
            if (direction == Direction::Request) {
                method = firstLine.left(firstLine.indexOf(' '));
                link.methods.append(method);
                const QByteArray range = headerValue(head, "range");
                m_requests.append(range.isEmpty() ? firstLine : firstLine + " Range: " + range);
            } else {
                method = link.methods.isEmpty() ? QByteArray() : link.methods.takeFirst();
                const int status = firstLine.split(' ').value(1).toInt();
                bodyless = method == "HEAD" || status == 204 || status == 304 || status < 200;
            }
            const QByteArray length = headerValue(head, "content-length");
            if (headerValue(head, "transfer-encoding").toLower().contains("chunked")) {
                s.passthrough = true;
                continue;
            }
            s.bodyTotal = bodyless ? 0 : (length.isEmpty() ? -1 : length.toLongLong());
            if (direction == Direction::Request && length.isEmpty())
                s.bodyTotal = 0;
            s.bodyLeft = s.bodyTotal;
            s.bodyDone = 0;
            s.fault = s.bodyTotal > 0 ? takeFault(direction, method) : nullptr;
            s.inHeader = s.bodyLeft == 0;
            continue;
        }
        const qint64 n = s.bodyLeft < 0 ? data.size() : qMin<qint64>(data.size(), s.bodyLeft);
        if (s.fault) {
            const qint64 point = qint64(s.fault->atFraction * double(s.bodyTotal)) - s.bodyDone;
            if (point <= n) {
                forward(data.left(point), true);
                s.bodyDone += point;
                applyFault(link, direction, s, data.mid(point));
                return;
            }
        }
        forward(data.left(n), true);
        s.bodyDone += n;
        if (s.bodyLeft > 0)
            s.bodyLeft -= n;
        data = data.mid(n);
        if (s.bodyLeft == 0)
            s.inHeader = true;
    }
}

bool FaultProxy::applyFault(Link &link, Direction direction, Stream &s, QByteArray rest)
{
    ++m_applied;
    const std::unique_ptr<Fault> fault = std::move(s.fault);
    QTcpSocket *out = direction == Direction::Response ? link.client : link.upstream;
    QTcpSocket *in = direction == Direction::Response ? link.upstream : link.client;
    switch (fault->kind) {
    case Kind::Reset:
        resetSocket(out);
        resetSocket(in);
        closeLink(&link);
        return true;
    case Kind::Truncate:
        out->disconnectFromHost(); // a clean FIN after what was sent: a short body
        in->abort();
        return true;
    case Kind::Stall:
        s.stalled = true;
        return true;
    case Kind::Trickle:
        s.trickling = true;
        s.trickleRate = qMax(10, fault->trickleBytesPerSecond);
        s.trickleQueue = rest;
        link.trickleTimer.start(100);
        return true;
    }
    return false;
}

void FaultProxy::closeLink(Link *link)
{
    if (link->closed)
        return;
    link->closed = true;
    link->trickleTimer.stop();
    if (link->client) {
        link->client->abort();
        link->client->deleteLater();
    }
    if (link->upstream) {
        link->upstream->abort();
        link->upstream->deleteLater();
    }
}

} // namespace pli::test
