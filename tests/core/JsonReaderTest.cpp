// JsonReader and parseJsonDocument: the strict reading every decoder relies on, fed with the
// garbage a broken or hostile server could send.
#include "api/JsonReader.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace pli;

namespace {

QJsonObject objectOf(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

struct TimeCase
{
    const char *text;
    const char *utc; // expected ISO text in UTC, nullptr: refused
};

class JsonReaderTime : public ::testing::TestWithParam<TimeCase>
{
};

} // namespace

TEST_P(JsonReaderTime, AcceptsOnlyRfc3339WithZone)
{
    const TimeCase c = GetParam();
    const auto at = JsonReader::parseTime(QString::fromUtf8(c.text));
    if (!c.utc) {
        EXPECT_FALSE(at.has_value()) << c.text;
        return;
    }
    ASSERT_TRUE(at.has_value()) << c.text;
    EXPECT_EQ(at->timeSpec(), Qt::UTC);
    EXPECT_EQ(at->toString(Qt::ISODateWithMs).toStdString(), c.utc);
}

INSTANTIATE_TEST_SUITE_P(
    Times, JsonReaderTime,
    ::testing::Values(
        TimeCase{"2015-02-02T20:14:18Z", "2015-02-02T20:14:18.000Z"},
        TimeCase{"2015-02-02t20:14:18z", "2015-02-02T20:14:18.000Z"},
        TimeCase{"2015-02-02T20:14:18+01:00", "2015-02-02T19:14:18.000Z"},
        TimeCase{"2015-02-02T20:14:18-05:30", "2015-02-03T01:44:18.000Z"},
        TimeCase{"2015-02-02T20:14:18.123456789Z", "2015-02-02T20:14:18.123Z"},
        TimeCase{"2015-02-02T20:14:18", nullptr}, TimeCase{"2015-02-02 20:14:18Z", nullptr},
        TimeCase{"2015-02-02", nullptr}, TimeCase{"2015-02-30T10:00:00Z", nullptr},
        TimeCase{"2015-13-02T10:00:00Z", nullptr}, TimeCase{"2015-02-02T25:00:00Z", nullptr},
        TimeCase{"20150202T201418Z", nullptr}, TimeCase{"yesterday", nullptr},
        TimeCase{"", nullptr}, TimeCase{"2015-02-02T20:14:18Z\n", nullptr},
        TimeCase{"+12015-02-02T20:14:18Z", nullptr},
        TimeCase{"2015-02-02T20:14:18.0000000000000000000000000000000001Z", nullptr}));

TEST(JsonReader, ReadsTypedMembersAndIgnoresUnknownOnes)
{
    JsonReader r(objectOf(R"({"s":"x","b":true,"n":42,"big":9007199254740992,
                              "t":"2015-02-02T20:14:18Z","o":{"k":"v"},"a":[1],
                              "unknown":{"deep":[null]}})"));
    EXPECT_EQ(r.string(QLatin1StringView("s")), QStringLiteral("x"));
    EXPECT_TRUE(r.boolean(QLatin1StringView("b")));
    EXPECT_EQ(r.count(QLatin1StringView("n")), 42);
    EXPECT_EQ(r.integer(QLatin1StringView("big"), 0, qint64(1) << 53), qint64(1) << 53);
    EXPECT_TRUE(r.time(QLatin1StringView("t")).isValid());
    JsonReader o = r.object(QLatin1StringView("o"));
    EXPECT_EQ(o.string(QLatin1StringView("k")), QStringLiteral("v"));
    EXPECT_EQ(r.array(QLatin1StringView("a")).size(), 1);
    EXPECT_EQ(r.optionalString(QLatin1StringView("absent"), QStringLiteral("d")),
              QStringLiteral("d"));
    EXPECT_FALSE(r.optionalBoolean(QLatin1StringView("absent")).has_value());
    EXPECT_FALSE(r.optionalTime(QLatin1StringView("absent")).has_value());
    EXPECT_TRUE(r.ok()) << r.error().detail().toStdString();
}

struct NumberCase
{
    const char *json;
    bool accepted;
};

class JsonReaderCount : public ::testing::TestWithParam<NumberCase>
{
};

TEST_P(JsonReaderCount, AcceptsOnlyIntegersInRange)
{
    const NumberCase c = GetParam();
    QJsonDocument document;
    const Error parseError = parseJsonDocument(QByteArray(R"({"n":)") + c.json + "}", document);
    JsonReader r(parseError ? QJsonValue() : QJsonValue(document.object()));
    r.count(QLatin1StringView("n"));
    EXPECT_EQ(r.ok(), c.accepted) << c.json;
    if (!r.ok()) {
        EXPECT_EQ(r.error().code(), Error::Code::MalformedResponse);
    }
}

INSTANTIATE_TEST_SUITE_P(Numbers, JsonReaderCount,
                         ::testing::Values(NumberCase{"0", true}, NumberCase{"2147483647", true},
                                           NumberCase{"7.0", true}, NumberCase{"-1", false},
                                           NumberCase{"1.5", false},
                                           NumberCase{"2147483648", false},
                                           NumberCase{"1e400", false}, NumberCase{"-1e400", false},
                                           NumberCase{"9007199254740993", false},
                                           NumberCase{"1e308", false}, NumberCase{"\"7\"", false},
                                           NumberCase{"true", false}, NumberCase{"null", false},
                                           NumberCase{"[7]", false}, NumberCase{"{}", false}));

TEST(JsonReader, NamesThePathOfTheFirstProblem)
{
    JsonReader r(objectOf(R"({"items":[{"owner":{"email":"a@b"}},{"owner":{"email":5}}]})"));
    const QJsonArray items = r.array(QLatin1StringView("items"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        JsonReader item = r.element(QLatin1StringView("items"), items, i);
        JsonReader owner = item.object(QLatin1StringView("owner"));
        owner.string(QLatin1StringView("email"));
    }
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), Error::Code::MalformedResponse);
    EXPECT_TRUE(r.error().detail().contains(QStringLiteral("$.items[1].owner.email")))
        << r.error().detail().toStdString();
    // Later problems do not overwrite the first.
    r.fail(QStringLiteral("something else"));
    EXPECT_TRUE(r.error().detail().contains(QStringLiteral("items[1]")));
}

TEST(JsonReader, RefusesANonObjectAtOnce)
{
    for (const QJsonValue &value : {QJsonValue(), QJsonValue(1), QJsonValue(QStringLiteral("x")),
                                    QJsonValue(QJsonArray{1, 2}), QJsonValue(true)}) {
        JsonReader r(value);
        EXPECT_FALSE(r.ok());
        // Reading on after a failure is harmless and returns neutral values.
        EXPECT_TRUE(r.string(QLatin1StringView("id")).isEmpty());
        EXPECT_EQ(r.count(QLatin1StringView("n")), 0);
        EXPECT_FALSE(r.time(QLatin1StringView("t")).isValid());
        JsonReader nested = r.object(QLatin1StringView("o"));
        EXPECT_TRUE(nested.string(QLatin1StringView("x")).isEmpty());
    }
}

TEST(JsonReader, EmptyRequiredStringRefusedWhenNonEmptyAsked)
{
    JsonReader r(objectOf(R"({"id":""})"));
    r.string(QLatin1StringView("id"), true);
    EXPECT_FALSE(r.ok());
}

struct BodyCase
{
    const char *name;
    QByteArray body;
};

class ParseJsonDocument : public ::testing::TestWithParam<BodyCase>
{
};

TEST_P(ParseJsonDocument, RefusesGarbage)
{
    QJsonDocument document;
    const Error error = parseJsonDocument(GetParam().body, document);
    EXPECT_EQ(error.code(), Error::Code::MalformedResponse) << GetParam().name;
    EXPECT_TRUE(document.isNull());
}

INSTANTIATE_TEST_SUITE_P(
    Garbage, ParseJsonDocument,
    ::testing::Values(BodyCase{"InvalidUtf8Byte", QByteArray("{\"a\":\"\xff\"}")},
                      BodyCase{"TruncatedUtf8", QByteArray("{\"a\":\"\xc3\"}")},
                      BodyCase{"OverlongUtf8", QByteArray("{\"a\":\"\xc0\xaf\"}")},
                      BodyCase{"Truncated", QByteArray("{\"items\":[{\"id\":")},
                      BodyCase{"Html", QByteArray("<html><body>Proxy login</body></html>")},
                      BodyCase{"TrailingGarbage", QByteArray("{} {}")},
                      BodyCase{"NulInside", QByteArray("{\"a\"\0:1}", 8)},
                      BodyCase{"DeepNesting", QByteArray(100000, '[')},
                      BodyCase{"SingleQuotes", QByteArray("{'a':1}")},
                      BodyCase{"Binary", QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)}),
    [](const auto &param) { return std::string(param.param.name); });

TEST(ParseJsonDocumentValid, AcceptsObjectsAndArrays)
{
    QJsonDocument document;
    EXPECT_FALSE(parseJsonDocument("{\"a\":\"\xc3\xa9t\xc3\xa9\"}", document).isError());
    EXPECT_EQ(document.object().value(QLatin1StringView("a")).toString(), QStringLiteral("été"));
    EXPECT_FALSE(parseJsonDocument("[1,2]", document).isError());
    EXPECT_TRUE(document.isArray());
}
