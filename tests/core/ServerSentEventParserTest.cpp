// The text/event-stream reader: what the HTML standard says about fields, comments, line ends
// and ids, whatever way the bytes are split when they arrive.
#include "net/ServerSentEventParser.h"

#include <gtest/gtest.h>

using pli::ServerSentEvent;
using pli::ServerSentEventParser;

namespace {

// pli-server's own framing, then every variant a server may use: CRLF and CR line ends,
// multi-line data, a comment, a field without a colon, a default type, a BOM at the start.
const QByteArray sample = "\xEF\xBB\xBF"
                          "retry: 3000\n"
                          ": stream open\n"
                          "\n"
                          "id: 7\nevent: persona.unread\ndata: {\"persona_id\":\"p1\",\r\n"
                          "data:  \"unread_count\":2}\r\n"
                          "\r\n"
                          ": keep-alive\r\r"
                          "event: conversation.updated\rdata: caf\xC3\xA9\r\r"
                          "id: 9\ndata\n\n";

QList<ServerSentEvent> expected()
{
    return {{QStringLiteral("persona.unread"),
             QStringLiteral("{\"persona_id\":\"p1\",\n \"unread_count\":2}"), QStringLiteral("7")},
            {QStringLiteral("conversation.updated"), QStringLiteral("café"), QStringLiteral("7")},
            {QStringLiteral("message"), QString(), QStringLiteral("9")}};
}

void expectEvents(const QList<ServerSentEvent> &actual, const QList<ServerSentEvent> &wanted,
                  const std::string &where)
{
    ASSERT_EQ(actual.size(), wanted.size()) << where;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        EXPECT_EQ(actual[i].type, wanted[i].type) << where << " event " << i;
        EXPECT_EQ(actual[i].data, wanted[i].data) << where << " event " << i;
        EXPECT_EQ(actual[i].id, wanted[i].id) << where << " event " << i;
    }
}

} // namespace

TEST(ServerSentEventParser, ReadsFieldsCommentsAndEveryLineEnd)
{
    ServerSentEventParser parser;
    expectEvents(parser.feed(sample), expected(), "in one piece");
    EXPECT_EQ(parser.lastEventId(), QStringLiteral("9"));
    EXPECT_EQ(parser.retryMs(), 3000);
    EXPECT_EQ(parser.commentCount(), 2);
    EXPECT_FALSE(parser.hasError());
}

TEST(ServerSentEventParser, GivesTheSameEventsWhereverTheBytesAreSplit)
{
    for (qsizetype at = 0; at <= sample.size(); ++at) {
        ServerSentEventParser parser;
        QList<ServerSentEvent> events = parser.feed(QByteArrayView(sample).first(at));
        events += parser.feed(QByteArrayView(sample).sliced(at));
        expectEvents(events, expected(), "split at byte " + std::to_string(at));
        EXPECT_EQ(parser.commentCount(), 2) << "split at byte " << at;
    }
    // And in three pieces around every CR, where a CRLF may be cut in two.
    for (qsizetype at = 1; at + 1 < sample.size(); ++at) {
        ServerSentEventParser parser;
        QList<ServerSentEvent> events = parser.feed(QByteArrayView(sample).first(at));
        events += parser.feed(QByteArrayView(sample).sliced(at, 1));
        events += parser.feed(QByteArrayView(sample).sliced(at + 1));
        expectEvents(events, expected(), "three pieces at " + std::to_string(at));
    }
    ServerSentEventParser bytewise;
    QList<ServerSentEvent> events;
    for (char byte : sample)
        events += bytewise.feed(QByteArrayView(&byte, 1));
    expectEvents(events, expected(), "one byte at a time");
}

TEST(ServerSentEventParser, CrThenLfInTheNextReadIsOneLineEnd)
{
    ServerSentEventParser parser;
    EXPECT_TRUE(parser.feed("data: a\r").isEmpty());
    // The LF completes "\r\n"; only the next empty line ends the event.
    EXPECT_TRUE(parser.feed("\n").isEmpty());
    const auto events = parser.feed("\r\n");
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].data, QStringLiteral("a"));
}

TEST(ServerSentEventParser, AnEventWithoutDataIsNotDispatchedButItsIdCounts)
{
    ServerSentEventParser parser;
    EXPECT_TRUE(parser.feed("id: 41\nevent: ignored\n\n").isEmpty());
    EXPECT_EQ(parser.lastEventId(), QStringLiteral("41"));
    const auto events = parser.feed("data: x\n\n");
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("message")) << "the type was reset";
    EXPECT_EQ(events[0].id, QStringLiteral("41")) << "the id carries over";
    // An empty id clears it; an id holding NUL is ignored.
    parser.feed(QByteArray("id\ndata: y\n\n"));
    EXPECT_EQ(parser.lastEventId(), QString());
    parser.feed(QByteArray("id: 5\n\n"));
    parser.feed(QByteArray("id: 6\0x\ndata: z\n\n", 16));
    EXPECT_EQ(parser.lastEventId(), QStringLiteral("5"));
}

TEST(ServerSentEventParser, OnlyOneSpaceAfterTheColonIsDropped)
{
    ServerSentEventParser parser;
    const auto events = parser.feed("data:no space\ndata:  two spaces\ndata:\n\n");
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].data, QStringLiteral("no space\n two spaces\n"));
}

TEST(ServerSentEventParser, RetryNeedsDigitsOnly)
{
    ServerSentEventParser parser;
    parser.feed("retry: 1500\n\n");
    EXPECT_EQ(parser.retryMs(), 1500);
    parser.feed("retry: 20s\nretry: -1\nretry:\nretry: 1 2\n\n");
    EXPECT_EQ(parser.retryMs(), 1500);
}

TEST(ServerSentEventParser, AByteOrderMarkCountsOnlyAtTheStart)
{
    ServerSentEventParser parser;
    const auto events = parser.feed("\xEF\xBB\xBF"
                                    "data: a\n\n\xEF\xBB\xBF"
                                    "data: b\n\n");
    ASSERT_EQ(events.size(), 1) << "a second BOM makes an unknown field";
    EXPECT_EQ(events[0].data, QStringLiteral("a"));
}

TEST(ServerSentEventParser, RestartDropsTheCutEventAndKeepsTheLastId)
{
    ServerSentEventParser parser;
    parser.feed("id: 3\ndata: whole\n\nid: 4\ndata: cut off");
    parser.restart();
    EXPECT_EQ(parser.lastEventId(), QStringLiteral("3"));
    const auto events = parser.feed("data: after\n\n");
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].data, QStringLiteral("after"));
    EXPECT_EQ(events[0].id, QStringLiteral("3")) << "the cut event's id was never dispatched";
}

TEST(ServerSentEventParser, AnOversizedLineOrEventIsAnError)
{
    ServerSentEventParser longLine(64);
    EXPECT_TRUE(longLine.feed(QByteArray("data: ") + QByteArray(40, 'a')).isEmpty());
    EXPECT_FALSE(longLine.hasError());
    EXPECT_TRUE(longLine.feed(QByteArray(40, 'a')).isEmpty());
    EXPECT_TRUE(longLine.hasError());
    EXPECT_TRUE(longLine.feed("\n\n").isEmpty()) << "nothing once in error";

    ServerSentEventParser manyLines(64);
    for (int i = 0; i < 10; ++i)
        manyLines.feed("data: 0123456789\n");
    EXPECT_TRUE(manyLines.hasError());
    manyLines.restart();
    EXPECT_FALSE(manyLines.hasError());
    EXPECT_EQ(manyLines.feed("data: ok\n\n").size(), 1);
}
