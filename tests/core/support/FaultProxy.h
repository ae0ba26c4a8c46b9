#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTcpServer>

#include <memory>
#include <vector>

class QTcpSocket;

namespace pli::test {

// A TCP proxy on loopback between a client and an HTTP server that breaks things on purpose.
// It follows the HTTP/1.1 messages in both directions (Content-Length framing) so a fault can
// hit a chosen point of one response body (a download chunk) or request body (an upload PATCH):
// reset the connection, close it early, stop sending, or slow to a trickle. It also counts the
// body bytes it delivered, so tests can tell how much was fetched again. With setLink() it also
// plays a long, thin link: every byte arrives half a round trip late, and each connection
// carries a limited number of bytes per second each way (benchmarks: bench/ProxyBench.cpp).
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Reset,
        Truncate,
        Stall,
        Trickle
    };
    enum class Direction
    {
        Response,
        Request
    };
    struct Fault
    {
        Kind kind = Kind::Reset;
        double atFraction = 0.5; // of the body: 0 right after the headers, 0.99 near the end
        Direction direction = Direction::Response;
        QByteArray method = "GET";     // of the request (whose response) this fault hits
        int trickleBytesPerSecond = 0; // Trickle only
    };

    FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    quint16 port() const { return m_server.serverPort(); }
    QByteArray baseUrl() const;

    // Each fault hits the next message that matches it, once, in the order added.
    void addFault(const Fault &fault);
    // Delays every byte by roundTripMs / 2 each way and limits each connection to
    // `bytesPerSecond` each way (0: unlimited). For connections opened afterwards.
    void setLink(int roundTripMs, qint64 bytesPerSecond);
    int pendingFaults() const { return int(m_faults.size()); }
    int faultsApplied() const { return m_applied; }

    // Response body bytes delivered to the client, and requests seen (first line + Range).
    qint64 responseBodyBytes() const { return m_responseBodyBytes; }
    QList<QByteArray> requests() const { return m_requests; }
    void resetCounters();

private:
    struct Link;
    struct Stream;
    void onConnection();
    void pull(Link &link, Direction direction);
    void send(Link &link, Direction direction, const QByteArray &bytes);
    void drain(Link &link);
    void pump(Link &link, Direction direction, QByteArray data);
    bool applyFault(Link &link, Direction direction, Stream &stream, QByteArray rest);
    void closeLink(Link *link);
    std::unique_ptr<Fault> takeFault(Direction direction, const QByteArray &method);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    std::vector<std::unique_ptr<Link>> m_links;
    QList<Fault> m_faults;
    int m_applied = 0;
    qint64 m_responseBodyBytes = 0;
    QList<QByteArray> m_requests;
    int m_roundTripMs = 0;
    qint64 m_bytesPerSecond = 0;
    QElapsedTimer m_clock;
};

} // namespace pli::test
