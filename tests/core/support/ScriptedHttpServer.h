#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace pli::test {

// A small HTTP/1.1 server on loopback that serves one resource with correct single byte ranges
// (strong ETag, Repr-Digest, If-Range) and lets a test replace any answer with a scripted one:
// a 200 instead of a 206, a wrong Content-Range, a 416, a body shorter than its Content-Length,
// 500/503/429 with Retry-After. It records every request it received.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray header(const QByteArray &name) const;
    };
    struct Reply
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        // Content-Length announced; -1: body.size(). Larger than the body: the connection is
        // closed after the body, like a server that died mid-answer.
        qint64 contentLength = -1;
        int delayMs = 0; // answer this late (a slow server)
    };
    // Returns true with `reply` filled to answer a request its own way; false lets the default
    // (correct) answer go out. `index` counts requests from 0.
    using Script = std::function<bool(const Request &request, int index, Reply &reply)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    QByteArray baseUrl() const;
    // The resource served at every path, and its validator (changing it changes the ETag).
    void setContent(const QByteArray &content, const QByteArray &etag = "\"v1\"");
    QByteArray etag() const { return m_etag; }
    void setScript(Script script) { m_script = std::move(script); }
    void setHonourRanges(bool honour) { m_honourRanges = honour; }
    void setSendDigest(bool send) { m_sendDigest = send; }

    // The correct answer to a request (what the script falls back to).
    Reply defaultReply(const Request &request) const;
    QList<Request> requests() const { return m_requests; }

private:
    void onConnection();
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_content;
    QByteArray m_etag;
    QByteArray m_digest;
    bool m_honourRanges = true;
    bool m_sendDigest = true;
    Script m_script;
    QList<Request> m_requests;
};

} // namespace pli::test
