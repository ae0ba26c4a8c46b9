// Live updates against the real pli-server (keep-alive shortened to 1 s): events arrive when a
// collaborator writes, a dropped stream resumes with Last-Event-ID, a frozen one is replaced,
// an expired token is refreshed, a refused session or a server that is down behave.
#include "JobWait.h"
#include "RawHttpServer.h"
#include "SignedInApi.h"
#include "StreamProxy.h"
#include "TestServer.h"
#include "WaitUntil.h"

#include "api/CreateConversationJob.h"
#include "api/ListMessagesJob.h"
#include "api/OpenMessageJob.h"
#include "net/ApiClient.h"
#include "net/EventStream.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::test;

namespace {

// What an EventStream announced, in order.
struct Recorder
{
    explicit Recorder(EventStream &stream)
    {
        QObject::connect(&stream, &EventStream::messageCreated,
                         [this](const QString &conversation, const QString &persona) {
                             created.append({conversation, persona});
                         });
        QObject::connect(
            &stream, &EventStream::conversationUpdated,
            [this](const QString &conversation, const QString &) { updated.append(conversation); });
        QObject::connect(&stream, &EventStream::personaUnreadChanged,
                         [this](const QString &persona, int count) {
                             unread.append({persona, count});
                         });
        QObject::connect(&stream, &EventStream::messageArrived,
                         [this](const MessageArrival &arrival) { arrivals.append(arrival); });
        QObject::connect(&stream, &EventStream::opened,
                         [this](bool resumed) { opens.append(resumed); });
        QObject::connect(&stream, &EventStream::dropped, [this](const Error &error, int retry) {
            drops.append(error);
            delays.append(retry);
        });
        QObject::connect(&stream, &EventStream::stopped,
                         [this](const Error &error) { stops.append(error); });
    }
    int createdFor(const QString &conversation) const
    {
        int n = 0;
        for (const auto &[c, p] : created)
            n += c == conversation ? 1 : 0;
        return n;
    }
    QList<std::pair<QString, QString>> created;
    QList<MessageArrival> arrivals;
    QStringList updated;
    QList<std::pair<QString, int>> unread;
    QList<bool> opens;
    QList<Error> drops;
    QList<int> delays;
    QList<Error> stops;
};

class EventStreamTest : public ::testing::Test
{
protected:
    EventStreamTest()
        : server({"--sse-keep-alive", "1"})
        , paula(server, "paula")
        , marc(server, "marc", "collaborator")
    {}

    QString paulaPersona() const { return QString::fromStdString(paula.personaId); }

    // Marc starts a conversation with Paula; returns its id.
    QString marcWritesToPaula(const QString &title)
    {
        NewConversation draft;
        draft.personaId = QString::fromStdString(marc.personaId);
        draft.title = title;
        draft.participants = {QString::fromStdString(paula.email)};
        draft.body = QStringLiteral("Bonjour Paula");
        auto job = waitFor(marc.api->createConversation(draft));
        EXPECT_TRUE(job->isSuccess()) << job->error().codeName().toStdString();
        return job->conversationId();
    }

    // A stream with quick reconnections for tests (the server's keep-alive is 1 s).
    std::unique_ptr<EventStream> streamFor(ApiClient *api, int maxRetryMs = 300)
    {
        auto stream = std::make_unique<EventStream>(api);
        stream->setKeepAliveInterval(1000);
        stream->setReconnectDelays(50, maxRetryMs);
        return stream;
    }

    TestServer server;
    SignedInApi paula;
    SignedInApi marc;
};

} // namespace

TEST_F(EventStreamTest, ACollaboratorsMessageArrivesAsEvents)
{
    auto stream = streamFor(paula.api.get());
    Recorder seen(*stream);
    stream->start();
    EXPECT_EQ(stream->state(), EventStream::State::Connecting);
    ASSERT_TRUE(waitUntil([&] { return stream->isOpen(); }));
    EXPECT_EQ(seen.opens, QList<bool>{false}) << "a first connection resumes nothing";

    const QString conversation = marcWritesToPaula(QStringLiteral("Dossier 1"));
    ASSERT_TRUE(waitUntil([&] { return !seen.created.isEmpty() && !seen.unread.isEmpty(); }));
    EXPECT_EQ(seen.created.first(), std::make_pair(conversation, paulaPersona()));
    EXPECT_EQ(seen.unread.first(), std::make_pair(paulaPersona(), 1));
    ASSERT_TRUE(waitUntil([&] { return seen.updated.contains(conversation); }));
    EXPECT_FALSE(stream->lastEventId().isEmpty());
    EXPECT_TRUE(seen.drops.isEmpty());

    // What a notification shows, with the event itself: who wrote and where.
    ASSERT_EQ(seen.arrivals.size(), 1);
    const MessageArrival &arrival = seen.arrivals.first();
    EXPECT_EQ(arrival.conversationId, conversation);
    EXPECT_EQ(arrival.personaId, paulaPersona());
    EXPECT_EQ(arrival.conversationTitle, QStringLiteral("Dossier 1"));
    EXPECT_EQ(arrival.sender.email, QString::fromStdString(marc.email));
    EXPECT_EQ(arrival.sender.displayName, QStringLiteral("marc persona"));
    EXPECT_TRUE(arrival.startsConversation);
    EXPECT_TRUE(arrival.messageId.startsWith(u"m_")) << arrival.messageId.toStdString();
}

TEST_F(EventStreamTest, OpeningTheMessageAnnouncesTheNewUnreadCount)
{
    const QString conversation = marcWritesToPaula(QStringLiteral("Dossier 2"));
    auto stream = streamFor(paula.api.get());
    Recorder seen(*stream);
    stream->start();
    ASSERT_TRUE(waitUntil([&] { return stream->isOpen(); }));

    auto messages = waitFor(paula.api->listMessages(conversation));
    ASSERT_TRUE(messages->isSuccess());
    ASSERT_EQ(messages->page().items.size(), 1);
    auto opened = waitFor(paula.api->openMessage(messages->page().items.first().id));
    ASSERT_TRUE(opened->isSuccess());

    ASSERT_TRUE(waitUntil([&] { return !seen.unread.isEmpty(); }));
    EXPECT_EQ(seen.unread.last(), std::make_pair(paulaPersona(), 0));
    EXPECT_TRUE(seen.created.isEmpty()) << "an event from before the stream opened";
}

TEST_F(EventStreamTest, ResumesWithLastEventIdAfterADrop)
{
    StreamProxy proxy(quint16(server.port()));
    ApiClient api(proxy.url());
    api.setSession(paula.api->accessToken(), paula.api->refreshToken());
    // Long enough between attempts to write while no stream is open.
    auto stream = streamFor(&api, 1500);
    Recorder seen(*stream);
    stream->start();
    ASSERT_TRUE(waitUntil([&] { return stream->isOpen(); }));
    const QString first = marcWritesToPaula(QStringLiteral("Before the drop"));
    ASSERT_TRUE(waitUntil([&] { return seen.updated.contains(first); }));
    const QString lastId = stream->lastEventId();

    proxy.dropConnections();
    ASSERT_TRUE(waitUntil([&] { return !seen.drops.isEmpty(); }));
    EXPECT_EQ(stream->state(), EventStream::State::Waiting);
    const QString second = marcWritesToPaula(QStringLiteral("While disconnected"));
    EXPECT_EQ(stream->state(), EventStream::State::Waiting) << "the test wrote too slowly";

    ASSERT_TRUE(waitUntil([&] { return seen.createdFor(second) == 1; }));
    EXPECT_EQ(seen.opens, (QList<bool>{false, true}));
    ASSERT_EQ(proxy.requestHeads().size(), 2);
    EXPECT_EQ(proxy.requestHeader(0, "Last-Event-ID"), QByteArray());
    EXPECT_EQ(proxy.requestHeader(1, "Last-Event-ID"), lastId.toUtf8());
    EXPECT_EQ(seen.createdFor(first), 1) << "nothing delivered twice";
}

TEST_F(EventStreamTest, AFrozenStreamIsDetectedAndReplaced)
{
    StreamProxy proxy(quint16(server.port()));
    ApiClient api(proxy.url());
    api.setSession(paula.api->accessToken(), paula.api->refreshToken());
    auto stream = streamFor(&api);
    EXPECT_EQ(stream->silenceLimit(), 2500);
    Recorder seen(*stream);
    stream->start();
    ASSERT_TRUE(waitUntil([&] { return stream->isOpen(); }));

    // Keep-alives flow every second: the stream stays up meanwhile.
    QTest::qWait(1500);
    EXPECT_TRUE(seen.drops.isEmpty());
    proxy.stallConnections();
    ASSERT_TRUE(waitUntil([&] { return !seen.drops.isEmpty(); }, 6000));
    EXPECT_EQ(seen.drops.first().code(), Error::Code::Timeout);
    ASSERT_TRUE(waitUntil([&] { return stream->openCount() == 2; }));

    const QString conversation = marcWritesToPaula(QStringLiteral("After the freeze"));
    ASSERT_TRUE(waitUntil([&] { return seen.createdFor(conversation) == 1; }));
    EXPECT_EQ(proxy.connectionCount(), 2);
}

TEST_F(EventStreamTest, AnExpiredTokenIsRefreshedAndTheStreamGoesOn)
{
    auto stream = streamFor(paula.api.get());
    Recorder seen(*stream);
    stream->start();
    ASSERT_TRUE(waitUntil([&] { return stream->isOpen(); }));
    const QString oldToken = paula.api->accessToken();

    // The server ends a stream whose session expired; the next connection gets a 401.
    expireAccessTokens(server);
    ASSERT_TRUE(waitUntil([&] { return stream->openCount() == 2; }, 15000));
    EXPECT_NE(paula.api->accessToken(), oldToken);
    EXPECT_FALSE(paula.api->accessToken().isEmpty());
    EXPECT_TRUE(seen.stops.isEmpty());

    const QString conversation = marcWritesToPaula(QStringLiteral("After the refresh"));
    ASSERT_TRUE(waitUntil([&] { return seen.createdFor(conversation) == 1; }));
}

TEST_F(EventStreamTest, ARefusedSessionStopsTheStream)
{
    auto stream = streamFor(paula.api.get());
    Recorder seen(*stream);
    paula.api->setSession(paula.api->accessToken(), QStringLiteral("not-a-refresh-token"));
    expireAccessTokens(server);
    stream->start();
    ASSERT_TRUE(waitUntil([&] { return !seen.stops.isEmpty(); }));
    EXPECT_EQ(seen.stops.first().code(), Error::Code::SessionExpired);
    EXPECT_EQ(stream->state(), EventStream::State::Stopped);
    EXPECT_TRUE(seen.opens.isEmpty());
    QTest::qWait(500);
    EXPECT_EQ(seen.stops.size(), 1) << "no further attempt";
}

TEST_F(EventStreamTest, AServerThatIsDownIsRetriedLessAndLessOften)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: connections to it are refused
    ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    api.setSession(QStringLiteral("token"), QString());
    EventStream stream(&api);
    stream.setReconnectDelays(40, 10000);
    Recorder seen(stream);
    stream.start();
    ASSERT_TRUE(waitUntil([&] { return seen.delays.size() >= 4; }));
    EXPECT_EQ(seen.drops.first().code(), Error::Code::Network);
    for (int i = 1; i < 4; ++i)
        EXPECT_GT(seen.delays[i], seen.delays[i - 1]) << "attempt " << i;
    EXPECT_LE(seen.delays[3], 40 * 8 * 11 / 10);

    stream.stop();
    EXPECT_EQ(stream.state(), EventStream::State::Stopped);
    const int attempts = int(seen.drops.size());
    QTest::qWait(700);
    EXPECT_EQ(seen.drops.size(), attempts) << "stop() cancels the planned attempt";
}

TEST_F(EventStreamTest, AnAnswerThatIsNotAnEventStreamIsRetriedNotParsed)
{
    RawHttpServer raw;
    raw.answerWith(RawHttpServer::httpAnswer(200, "event: persona.unread\ndata: {}\n\n"));
    ApiClient api(raw.url());
    api.setSession(QStringLiteral("token"), QString());
    EventStream stream(&api);
    stream.setReconnectDelays(40, 200);
    Recorder seen(stream);
    QSignalSpy events(&stream, &EventStream::eventReceived);
    stream.start();
    ASSERT_TRUE(waitUntil([&] { return seen.drops.size() >= 2; }));
    EXPECT_EQ(seen.drops.first().code(), Error::Code::MalformedResponse);
    EXPECT_TRUE(seen.opens.isEmpty());
    EXPECT_EQ(events.size(), 0);
}

TEST_F(EventStreamTest, NoTokenReachesTheLog)
{
    static QStringList lines;
    lines.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("pli.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &text) { lines.append(text); });
    {
        auto stream = streamFor(paula.api.get());
        Recorder seen(*stream);
        stream->start();
        EXPECT_TRUE(waitUntil([&] { return stream->isOpen(); }));
        expireAccessTokens(server);
        EXPECT_TRUE(waitUntil([&] { return stream->openCount() == 2; }, 15000));
        stream->stop();
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString everything = lines.join(u'\n');
    EXPECT_TRUE(everything.contains(QStringLiteral("event stream open"))) << "logging was on";
    EXPECT_FALSE(everything.contains(paula.api->accessToken()));
    EXPECT_FALSE(everything.contains(paula.api->refreshToken()));
}

TEST_F(EventStreamTest, AnOpenStreamDiesCleanlyWithItsConnection)
{
    // As SignedInAccounts holds it: the stream is a child of the ApiClient, which is deleted
    // (sign-out, quit) while the stream is open.
    auto *api = new ApiClient(urlOf(server));
    api->setSession(paula.api->accessToken(), QString());
    auto *stream = new EventStream(api, api);
    const QPointer<EventStream> watch(stream);
    stream->start();
    ASSERT_TRUE(waitUntil([&] { return stream->isOpen(); }));
    delete api;
    EXPECT_TRUE(watch.isNull());
    QTest::qWait(100); // nothing left behind fires
}
