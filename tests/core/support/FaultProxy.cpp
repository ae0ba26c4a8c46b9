#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
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
    // Link mode (setLink): bytes on their way, per direction (0: to the server, 1: to the
    // client), each due at a time; and what each direction may still send in this instant.
    struct Delayed
    {
        qint64 dueMs = 0;
        QByteArray bytes;
    };
    std::deque<Delayed> onTheWay[2];
    qint64 queued[2] = {0, 0};
    double budget[2] = {0, 0};
    qint64 lastDrainMs = 0;
    QTimer linkTimer;
    bool shaped = false;       // in link mode
    bool upstreamGone = false; // close the client once the bytes on the way are delivered

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

int side(FaultProxy::Direction direction)
{
    return direction == FaultProxy::Direction::Response ? 1 : 0;
}

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
    m_clock.start();
}

FaultProxy::~FaultProxy()
{
    for (auto &link : m_links) {
        link->trickleTimer.stop();
        link->linkTimer.stop();
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

void FaultProxy::setLink(int roundTripMs, qint64 bytesPerSecond)
{
    m_roundTripMs = qMax(0, roundTripMs);
    m_bytesPerSecond = qMax<qint64>(0, bytesPerSecond);
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
            if (link->upstream->state() != QAbstractSocket::ConnectedState)
                link->pendingUp += link->client->readAll();
            else
                pull(*link, Direction::Request);
        });
        connect(link->upstream, &QTcpSocket::readyRead, this,
                [this, link] { pull(*link, Direction::Response); });
        link->shaped = m_roundTripMs > 0 || m_bytesPerSecond > 0;
        if (link->shaped) {
            // What the link does not carry yet waits in the sockets, then in TCP: backpressure.
            client->setReadBufferSize(256 * 1024);
            link->upstream->setReadBufferSize(256 * 1024);
            link->linkTimer.setTimerType(Qt::PreciseTimer);
            link->linkTimer.setInterval(5);
            connect(&link->linkTimer, &QTimer::timeout, this, [this, link] { drain(*link); });
        }
        connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(link); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] {
            if (link->down.trickling && !link->down.trickleQueue.isEmpty())
                return; // the trickle timer closes once the queue is delivered
            if (link->shaped && (link->queued[1] > 0 || link->upstream->bytesAvailable() > 0)) {
                link->upstreamGone = true; // drain() closes once the bytes on the way arrived
                return;
            }
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

void FaultProxy::pull(Link &link, Direction direction)
{
    QTcpSocket *in = direction == Direction::Response ? link.upstream : link.client;
    if (!in)
        return;
    if (!link.shaped) {
        pump(link, direction, in->readAll());
        return;
    }
    // At most about two bandwidth-delay products on the way per direction, like a TCP window.
    const qint64 window =
        qMax<qint64>(1024 * 1024, 2 * m_bytesPerSecond * qMax(m_roundTripMs, 1) / 1000);
    const qint64 room = window - link.queued[side(direction)];
    if (room > 0 && in->bytesAvailable() > 0)
        pump(link, direction, in->read(room));
}

void FaultProxy::send(Link &link, Direction direction, const QByteArray &bytes)
{
    QTcpSocket *out = direction == Direction::Response ? link.client : link.upstream;
    if (!link.shaped) {
        if (out)
            out->write(bytes);
        return;
    }
    const int d = side(direction);
    link.onTheWay[d].push_back({m_clock.elapsed() + m_roundTripMs / 2, bytes});
    link.queued[d] += bytes.size();
    if (!link.linkTimer.isActive()) {
        link.lastDrainMs = m_clock.elapsed();
        link.linkTimer.start();
    }
}

void FaultProxy::drain(Link &link)
{
    const qint64 now = m_clock.elapsed();
    const qint64 elapsed = now - link.lastDrainMs;
    link.lastDrainMs = now;
    for (const Direction direction : {Direction::Request, Direction::Response}) {
        const int d = side(direction);
        QTcpSocket *out = direction == Direction::Response ? link.client : link.upstream;
        if (m_bytesPerSecond > 0)
            link.budget[d] = qMin(link.budget[d] + double(m_bytesPerSecond * elapsed) / 1000.0,
                                  double(m_bytesPerSecond) / 10.0); // bursts of 100 ms at most
        auto &queue = link.onTheWay[d];
        while (!queue.empty() && queue.front().dueMs <= now) {
            QByteArray &bytes = queue.front().bytes;
            const qint64 n = m_bytesPerSecond > 0
                                 ? qMin<qint64>(bytes.size(), qint64(link.budget[d]))
                                 : bytes.size();
            if (n <= 0)
                break;
            if (out)
                out->write(bytes.constData(), n);
            link.budget[d] -= double(n);
            link.queued[d] -= n;
            if (n == bytes.size())
                queue.pop_front();
            else
                bytes.remove(0, n);
        }
        pull(link, direction);
    }
    const bool idle = link.queued[0] == 0 && link.queued[1] == 0 &&
                      (!link.upstream || link.upstream->bytesAvailable() == 0) &&
                      (!link.client || link.client->bytesAvailable() == 0);
    if (idle)
        link.linkTimer.stop(); // send() starts it again
    if (idle && link.upstreamGone && link.client)
        link.client->disconnectFromHost();
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
        send(link, direction, bytes);
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
    link->linkTimer.stop();
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
