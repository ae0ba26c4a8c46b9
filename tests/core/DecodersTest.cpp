// The decoders of every answer type: the contract's examples decode to the right values, and
// table-driven garbage (every member removed, nulled or given every other JSON type, plus
// hostile values) gives MalformedResponse, never a crash and never a half-filled result.
#include "DecoderSamples.h"

#include <QSet>

using namespace pli;
using namespace pli::test::decoding;

namespace {

// A decoder case: a valid sample, the member paths (array elements written "[]") that may be
// absent or null, and the unknown members the decoder ignores whatever they hold. Every other
// member is required with the type it has in the sample.
struct DecoderCase
{
    const char *name;
    const char *sample;
    Decode decode;
    QSet<QString> optional;
    QSet<QString> ignored = {};
};

std::vector<DecoderCase> decoderCases()
{
    const auto message = [](const QJsonValue &json) {
        Message out;
        return decodeMessage(json, out, QDateTime::currentDateTimeUtc());
    };
    const auto messagePage = [](const QJsonValue &json) {
        MessagePage out;
        return decodeMessagePage(json, out, QDateTime::currentDateTimeUtc());
    };
    const QSet<QString> partyUnknown{QStringLiteral("extra"), QStringLiteral("extra.ignored")};
    return {
        {"Party", kParty, decoder(decodeParty),
         QSet<QString>{QStringLiteral("display_name"), QStringLiteral("organization")} +
             partyUnknown,
         partyUnknown},
        {"Persona",
         kPersona,
         decoder(decodePersona),
         {QStringLiteral("display_name"), QStringLiteral("verified"), QStringLiteral("color")},
         {QStringLiteral("color")}},
        {"Me",
         kMe,
         decoder(decodeMe),
         {QStringLiteral("display_name"), QStringLiteral("personas[].display_name")}},
        {"ConversationSummary",
         kSummary,
         decoder(decodeConversationSummary),
         {QStringLiteral("owner.display_name"), QStringLiteral("owner.organization")}},
        {"ConversationPage",
         kPage,
         decoder(decodeConversationPage),
         {QStringLiteral("items[].owner.display_name"),
          QStringLiteral("items[].owner.organization")}},
        {"ConversationDetails",
         kDetails,
         decoder(decodeConversationDetails),
         {QStringLiteral("owner.display_name"), QStringLiteral("owner.organization"),
          QStringLiteral("participants[].display_name"),
          QStringLiteral("participants[].organization"), QStringLiteral("created_at")},
         {QStringLiteral("created_at")}},
        {"Attachment", kAttachment, decoder(decodeAttachment), {QStringLiteral("content_type")}},
        {"Message",
         kMessage,
         message,
         {QStringLiteral("sender.display_name"), QStringLiteral("sender.organization"),
          QStringLiteral("expires_at"), QStringLiteral("attachments"),
          QStringLiteral("attachments[].content_type")}},
        {"MessagePage",
         kMessagePage,
         messagePage,
         {QStringLiteral("items[].sender.display_name"), QStringLiteral("items[].expires_at"),
          QStringLiteral("items[].attachments")}},
        {"Activity",
         kActivity,
         decoder(decodeActivity),
         {QStringLiteral("items[].actor.display_name")}},
        {"Contact", kContact, decoder(decodeContact), {QStringLiteral("display_name")}},
        {"MessageArrival",
         kMessageArrival,
         decoder(decodeMessageArrival),
         {QStringLiteral("message_id"), QStringLiteral("conversation_title"),
          QStringLiteral("sender"), QStringLiteral("sender.display_name"),
          QStringLiteral("starts_conversation")}},
        {"Contacts", kContacts, decoder(decodeContacts), {QStringLiteral("[].display_name")}},
        {"SignInAuthenticated", kAuthenticated, decoder(decodeSignInStep), {}},
        {"SignInSecondFactor", kSecondFactor, decoder(decodeSignInStep), {}},
        {"SignInEnrollment", kEnrollment, decoder(decodeSignInStep), {}},
        {"SignInPasswordChange",
         kPasswordChange,
         decoder(decodeSignInStep),
         {QStringLiteral("policy.require")}},
    };
}

// A path into a JSON document: object keys and array indexes.
using Path = QList<QVariant>;

QString pattern(const Path &path)
{
    QString out;
    for (const QVariant &step : path) {
        if (step.typeId() == QMetaType::Int)
            out += QStringLiteral("[]");
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + step.toString();
    }
    return out;
}

// Returns `root` with the value at `path` replaced (or removed when `value` is undefined).
QJsonValue replaced(const QJsonValue &root, const Path &path, qsizetype depth,
                    const QJsonValue &value)
{
    if (depth == path.size())
        return value;
    const QVariant &step = path.at(depth);
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = root.toArray();
        const QJsonValue inner = replaced(array.at(step.toInt()), path, depth + 1, value);
        if (inner.isUndefined())
            array.removeAt(step.toInt());
        else
            array.replace(step.toInt(), inner);
        return array;
    }
    QJsonObject object = root.toObject();
    const QJsonValue inner = replaced(object.value(step.toString()), path, depth + 1, value);
    if (inner.isUndefined())
        object.remove(step.toString());
    else
        object.insert(step.toString(), inner);
    return object;
}

// Every member path of a document (first array element only).
void collectPaths(const QJsonValue &value, const Path &prefix, QList<Path> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            Path path = prefix;
            path.append(it.key());
            out.append(path);
            collectPaths(it.value(), path, out);
        }
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        Path path = prefix;
        path.append(0);
        out.append(path);
        collectPaths(value.toArray().at(0), path, out);
    }
}

const QList<QJsonValue> &otherTypes()
{
    static const QList<QJsonValue> values{QJsonValue(true), QJsonValue(7),
                                          QJsonValue(QStringLiteral("text")),
                                          QJsonValue(QJsonArray{}), QJsonValue(QJsonObject{})};
    return values;
}

class Decoders : public ::testing::TestWithParam<DecoderCase>
{
};

} // namespace

TEST_P(Decoders, AcceptTheContractSample)
{
    const DecoderCase &c = GetParam();
    const Error error = c.decode(parse(c.sample));
    EXPECT_FALSE(error.isError()) << error.detail().toStdString();
}

TEST_P(Decoders, RefuseEveryRequiredMemberMissingOrOfAnotherType)
{
    const DecoderCase &c = GetParam();
    const QJsonValue sample = parse(c.sample);
    QList<Path> paths;
    collectPaths(sample, {}, paths);
    int mutations = 0;
    for (const Path &path : paths) {
        const QString where = pattern(path);
        const bool optional = c.optional.contains(where);
        const bool isElement = path.last().typeId() == QMetaType::Int;
        // The original value's type, to skip same-type replacements.
        QJsonValue current = sample;
        for (const QVariant &step : path)
            current = step.typeId() == QMetaType::Int ? current.toArray().at(step.toInt())
                                                      : current.toObject().value(step.toString());

        if (!isElement) {
            const Error removed = c.decode(replaced(sample, path, 0, QJsonValue::Undefined));
            EXPECT_EQ(removed.isError(), !optional)
                << c.name << ": without " << where.toStdString();
            const Error nulled = c.decode(replaced(sample, path, 0, QJsonValue::Null));
            EXPECT_EQ(nulled.isError(), !optional)
                << c.name << ": " << where.toStdString() << " null";
            mutations += 2;
        }
        for (const QJsonValue &other : otherTypes()) {
            if (other.type() == current.type())
                continue;
            const Error error = c.decode(replaced(sample, path, 0, other));
            // Unknown members may hold anything.
            const bool unknown = c.ignored.contains(where);
            EXPECT_EQ(error.isError(), !unknown)
                << c.name << ": " << where.toStdString() << " = "
                << QJsonDocument(QJsonArray{other}).toJson(QJsonDocument::Compact).toStdString();
            if (error.isError()) {
                EXPECT_EQ(error.code(), Error::Code::MalformedResponse);
                EXPECT_FALSE(error.detail().isEmpty());
            }
            ++mutations;
        }
    }
    EXPECT_GT(mutations, 5);
}

TEST_P(Decoders, RefuseAnyOtherTopLevelValue)
{
    const DecoderCase &c = GetParam();
    const bool expectsArray = QByteArray(c.sample).trimmed().startsWith('[');
    for (const QJsonValue &value :
         {QJsonValue(), QJsonValue(QJsonValue::Undefined), QJsonValue(1), QJsonValue(false),
          QJsonValue(QStringLiteral("{}")),
          expectsArray ? QJsonValue(QJsonObject{}) : QJsonValue(QJsonArray{1})}) {
        const Error error = c.decode(value);
        EXPECT_EQ(error.code(), Error::Code::MalformedResponse) << c.name;
    }
}

INSTANTIATE_TEST_SUITE_P(AllTypes, Decoders, ::testing::ValuesIn(decoderCases()),
                         [](const auto &param) { return std::string(param.param.name); });
