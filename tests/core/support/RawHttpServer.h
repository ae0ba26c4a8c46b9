#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace pli::test {

// A loopback TCP server that reads HTTP requests (head and Content-Length body) and answers
// each with whatever raw bytes a test scripts: a hostile or broken server (garbage, a truncated
// answer, a huge body, invalid JSON) or one that never answers at all. Records what it received.
class RawHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray head; // request line and headers
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };
    // The bytes to send for a request; an empty answer sends nothing and keeps the connection
    // open (a server that never answers). The connection is closed after a non-empty answer.
    using Responder = std::function<QByteArray(const Request &request)>;

    explicit RawHttpServer(QObject *parent = nullptr);

    QUrl url() const;
    quint16 port() const { return m_server.serverPort(); }
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    // Answers every request with the same bytes.
    void answerWith(const QByteArray &raw);
    // A well-formed HTTP/1.1 answer with a body.
    static QByteArray httpAnswer(int status, const QByteArray &body,
                                 const QByteArray &contentType = "application/json",
                                 const QList<QPair<QByteArray, QByteArray>> &headers = {});

    QList<Request> requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }

private:
    void onConnection();

    QTcpServer m_server;
    Responder m_responder;
    QList<Request> m_requests;
    int m_connections = 0;
};

} // namespace pli::test
