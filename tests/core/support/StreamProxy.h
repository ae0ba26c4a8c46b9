#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <memory>
#include <vector>

namespace pli::test {

// A loopback TCP proxy that forwards bytes unchanged and breaks the connections open at a
// given moment, the way networks break long-lived streams: cut them (a reset) or freeze them
// (the connection stays up but nothing more arrives, like a NAT that forgot it). Connections
// made afterwards flow normally. Records the head of every request it forwarded.
class StreamProxy : public QObject
{
    Q_OBJECT
public:
    explicit StreamProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~StreamProxy() override;

    QUrl url() const;
    void dropConnections();
    void stallConnections();
    int connectionCount() const { return m_connections; }
    // Request line and headers of each request, in arrival order.
    QList<QByteArray> requestHeads() const { return m_heads; }
    // The value of `name` in the head of request `index` (empty when absent).
    QByteArray requestHeader(int index, const QByteArray &name) const;

private:
    struct Link;
    void onConnection();
    void closeLink(Link *link, bool reset);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    std::vector<std::unique_ptr<Link>> m_links;
    QList<QByteArray> m_heads;
    int m_connections = 0;
};

} // namespace pli::test
