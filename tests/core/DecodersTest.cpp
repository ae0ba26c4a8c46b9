// The decoders of every answer type: the contract's examples decode to the right values, and
// table-driven garbage (every member removed, nulled or given every other JSON type, plus
// hostile values) gives MalformedResponse, never a crash and never a half-filled result.
#include "api/Decoders.h"
#include "auth/SignInStep.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

using namespace pli;

namespace {

const char *const kParty = R"({"email":"marie@example.test","display_name":"Marie Tremblay",
    "organization":"Ministère","extra":{"ignored":true}})";
const char *const kPersona = R"({"id":"p_1","email":"alice@example.test","display_name":"Alice",
    "unread_count":2,"conversation_count":7,"verified":true,"color":"blue"})";
const char *const kMe = R"({"id":"u_1","username":"alice","display_name":"Alice A.",
    "role":"collaborator","personas":[{"id":"p_1","email":"alice@example.test",
    "display_name":"Alice","unread_count":0,"conversation_count":1}]})";
const char *const kSummary = R"({"id":"c_1","title":"Budget requests","owner":{
    "email":"marie@example.test","display_name":"Marie","organization":"Org"},
    "created_at":"2015-02-02T20:14:18Z","modified_at":"2015-03-01T08:00:00Z",
    "unread":true,"is_new":false,"read_only":false,"message_count":7})";
const char *const kPage = R"({"items":[{"id":"c_1","title":"Budget requests","owner":{
    "email":"marie@example.test","display_name":"Marie","organization":"Org"},
    "created_at":"2015-02-02T20:14:18Z","modified_at":"2015-03-01T08:00:00Z",
    "unread":true,"is_new":true,"read_only":true,"message_count":7}],
    "page":1,"per_page":10,"total":1,"pages":1})";
const char *const kDetails = R"({"id":"c_1","title":"Budget requests","owner":{
    "email":"marie@example.test","display_name":"Marie","organization":"Org"},
    "participants":[{"email":"alice@example.test","display_name":"Alice","organization":""}],
    "read_only":false,"message_count":7,"created_at":"2015-02-02T20:14:18Z"})";
const char *const kAttachment = R"({"id":"a_1","name":"budget.xlsx","size":20480,
    "content_type":"application/vnd.ms-excel",
    "sha256":"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"})";
const char *const kMessage = R"({"id":"m_1","sender":{"email":"marie@example.test",
    "display_name":"Marie","organization":"Org"},"mine":false,
    "sent_at":"2015-02-02T20:14:18Z","expires_at":"2999-01-01T00:00:00Z","opened":false,
    "body":"Here is the budget.","attachments":[{"id":"a_1","name":"budget.xlsx","size":3,
    "content_type":"text/plain",
    "sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}]})";
const char *const kMessagePage = R"({"items":[{"id":"m_1","sender":{"email":"m@example.test",
    "display_name":"M"},"mine":true,"sent_at":"2015-02-02T20:14:18Z","expires_at":null,
    "opened":true,"body":"Hi","attachments":[]}],"total":7,"has_more":true})";
const char *const kActivity = R"({"items":[{"actor":{"email":"a@example.test",
    "display_name":"A"},"action":"downloaded","at":"2015-02-02T20:14:18Z"}]})";
const char *const kContact = R"({"id":"k_1","email":"bob@example.test","display_name":"Bob"})";
const char *const kContacts = R"([{"id":"k_1","email":"bob@example.test","display_name":"Bob"}])";
const char *const kAuthenticated = R"({"status":"authenticated","access_token":"at",
    "refresh_token":"rt","expires_in":900})";
const char *const kSecondFactor = R"({"status":"second_factor_required","challenge":"ch",
    "methods":["totp","email","sms"],"expires_in":600})";
const char *const kEnrollment = R"({"status":"totp_enrollment_required","challenge":"ch",
    "secret":"JBSWY3DPEHPK3PXP","otpauth_uri":"otpauth://totp/Pli:alice?secret=JBSWY3DPEHPK3PXP",
    "expires_in":300})";
const char *const kPasswordChange = R"({"status":"password_change_required","challenge":"ch",
    "policy":{"min_length":14,"max_length":64,"require":["upper","digit_or_symbol"]}})";

QJsonValue parse(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    EXPECT_FALSE(document.isNull()) << json;
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

using Decode = std::function<Error(const QJsonValue &)>;

template<class T> Decode decoder(Error (*decode)(const QJsonValue &, T &))
{
    return [decode](const QJsonValue &json) {
        T out;
        return decode(json, out);
    };
}

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

TEST(DecoderValues, ConversationPageKeepsEveryField)
{
    ConversationPage page;
    ASSERT_FALSE(decodeConversationPage(parse(kPage), page).isError());
    ASSERT_EQ(page.items.size(), 1);
    const ConversationSummary &c = page.items.first();
    EXPECT_EQ(c.id, QStringLiteral("c_1"));
    EXPECT_EQ(c.title, QStringLiteral("Budget requests"));
    EXPECT_EQ(c.owner.email, QStringLiteral("marie@example.test"));
    EXPECT_EQ(c.owner.label(), QStringLiteral("Marie"));
    EXPECT_EQ(c.owner.organization, QStringLiteral("Org"));
    EXPECT_EQ(c.createdAt, QDateTime(QDate(2015, 2, 2), QTime(20, 14, 18), Qt::UTC));
    EXPECT_EQ(c.modifiedAt, QDateTime(QDate(2015, 3, 1), QTime(8, 0, 0), Qt::UTC));
    EXPECT_TRUE(c.unread);
    EXPECT_TRUE(c.isNew);
    EXPECT_TRUE(c.readOnly);
    EXPECT_EQ(c.messageCount, 7);
    EXPECT_EQ(page.page, 1);
    EXPECT_EQ(page.perPage, 10);
    EXPECT_EQ(page.total, 1);
    EXPECT_EQ(page.pages, 1);
}

TEST(DecoderValues, MessageKeepsEveryFieldAndLowercasesTheDigest)
{
    Message m;
    ASSERT_FALSE(decodeMessage(parse(kMessage), m).isError());
    EXPECT_EQ(m.id, QStringLiteral("m_1"));
    EXPECT_EQ(m.sender.displayName, QStringLiteral("Marie"));
    EXPECT_FALSE(m.mine);
    EXPECT_FALSE(m.opened);
    EXPECT_FALSE(m.expired);
    ASSERT_TRUE(m.expiresAt.has_value());
    EXPECT_EQ(m.expiresAt->date().year(), 2999);
    EXPECT_EQ(m.body, QStringLiteral("Here is the budget."));
    ASSERT_EQ(m.attachments.size(), 1);
    EXPECT_EQ(m.attachments.first().size, 3);
    EXPECT_EQ(m.attachments.first().contentType, QStringLiteral("text/plain"));

    Attachment a;
    ASSERT_FALSE(decodeAttachment(parse(kAttachment), a).isError());
    EXPECT_EQ(a.sha256,
              QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    EXPECT_EQ(a.size, 20480);
}

TEST(DecoderValues, ExpiredMessageMayLackBodyAndAttachments)
{
    const QJsonObject expired{
        {QStringLiteral("id"), QStringLiteral("m_9")},
        {QStringLiteral("sender"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.test")}}},
        {QStringLiteral("mine"), false},
        {QStringLiteral("sent_at"), QStringLiteral("2015-02-02T20:14:18Z")},
        {QStringLiteral("expires_at"), QStringLiteral("2015-02-03T00:00:00Z")},
        {QStringLiteral("opened"), true},
        {QStringLiteral("body"), QJsonValue::Null}};
    Message m;
    ASSERT_FALSE(decodeMessage(expired, m).isError());
    EXPECT_TRUE(m.expired); // computed from expires_at when the server does not say
    EXPECT_TRUE(m.body.isEmpty());
    EXPECT_TRUE(m.attachments.isEmpty());

    // Not expired: a missing body is a broken answer.
    QJsonObject live = expired;
    live.insert(QStringLiteral("expires_at"), QStringLiteral("2999-01-01T00:00:00Z"));
    EXPECT_TRUE(decodeMessage(live, m).isError());
    live.insert(QStringLiteral("expired"), true); // the server's word wins
    EXPECT_FALSE(decodeMessage(live, m).isError());
    EXPECT_TRUE(m.expired);
}

TEST(DecoderValues, MeAndPersonas)
{
    Me me;
    ASSERT_FALSE(decodeMe(parse(kMe), me).isError());
    EXPECT_EQ(me.username, QStringLiteral("alice"));
    EXPECT_EQ(me.role, Role::Collaborator);
    ASSERT_EQ(me.personas.size(), 1);
    EXPECT_TRUE(me.personas.first().verified); // absent: verified

    QJsonObject participant = parse(kMe).toObject();
    participant.insert(QStringLiteral("role"), QStringLiteral("superuser"));
    ASSERT_FALSE(decodeMe(participant, me).isError());
    EXPECT_EQ(me.role, Role::Participant); // unknown role: least rights

    QList<Persona> personas;
    ASSERT_FALSE(decodePersonas(QJsonArray{parse(kPersona)}, personas).isError());
    ASSERT_EQ(personas.size(), 1);
    EXPECT_EQ(personas.first().unreadCount, 2);
    EXPECT_EQ(personas.first().conversationCount, 7);
    ASSERT_FALSE(decodePersonas(QJsonObject{{QStringLiteral("items"), QJsonArray{parse(kPersona)}}},
                                personas)
                     .isError());
    EXPECT_EQ(personas.size(), 1);
}

TEST(DecoderValues, SignInSteps)
{
    SignInStep step;
    ASSERT_FALSE(decodeSignInStep(parse(kSecondFactor), step).isError());
    EXPECT_EQ(step.kind, SignInStep::Kind::SecondFactorRequired);
    EXPECT_EQ(step.methods, (QStringList{QStringLiteral("totp"), QStringLiteral("email")}));
    EXPECT_EQ(step.expiresIn, 600);

    ASSERT_FALSE(decodeSignInStep(parse(kEnrollment), step).isError());
    EXPECT_EQ(step.kind, SignInStep::Kind::TotpEnrollmentRequired);
    EXPECT_EQ(step.secret, QStringLiteral("JBSWY3DPEHPK3PXP"));
    EXPECT_TRUE(step.otpauthUri.startsWith(QStringLiteral("otpauth://totp/Pli:alice")));

    ASSERT_FALSE(decodeSignInStep(parse(kPasswordChange), step).isError());
    EXPECT_EQ(step.kind, SignInStep::Kind::PasswordChangeRequired);
    EXPECT_EQ(step.policy.minLength(), 14);
    EXPECT_EQ(step.policy.maxLength(), 64);
    EXPECT_EQ(step.policy.required(),
              (QStringList{QStringLiteral("upper"), QStringLiteral("digit_or_symbol")}));

    ASSERT_FALSE(decodeSignInStep(parse(kAuthenticated), step).isError());
    EXPECT_EQ(step.kind, SignInStep::Kind::Authenticated);
    EXPECT_EQ(step.accessToken, QStringLiteral("at"));
    EXPECT_EQ(step.refreshToken, QStringLiteral("rt"));
}

namespace {

struct ValueCase
{
    const char *name;
    const char *sample;
    const char *member; // top-level member replaced
    QJsonValue value;
    Decode decode;
};

class DecoderHostileValues : public ::testing::TestWithParam<ValueCase>
{
};

} // namespace

TEST_P(DecoderHostileValues, AreRefused)
{
    const ValueCase &c = GetParam();
    QJsonObject object = parse(c.sample).toObject();
    object.insert(QString::fromLatin1(c.member), c.value);
    const Error error = c.decode(object);
    EXPECT_EQ(error.code(), Error::Code::MalformedResponse) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Values, DecoderHostileValues,
    ::testing::Values(
        ValueCase{"EmptyId", kPersona, "id", QStringLiteral(""), decoder(decodePersona)},
        ValueCase{"NegativeUnread", kPersona, "unread_count", -3, decoder(decodePersona)},
        ValueCase{"FractionalCount", kPersona, "conversation_count", 2.5, decoder(decodePersona)},
        ValueCase{"HugeCount", kPersona, "unread_count", 1e300, decoder(decodePersona)},
        ValueCase{"EmptyEmail", kContact, "email", QStringLiteral(""), decoder(decodeContact)},
        ValueCase{"TimeWithoutZone", kSummary, "created_at", QStringLiteral("2015-02-02T20:14:18"),
                  decoder(decodeConversationSummary)},
        ValueCase{"TimeNotATime", kSummary, "modified_at", QStringLiteral("soon"),
                  decoder(decodeConversationSummary)},
        ValueCase{"PerPageZero", kPage, "per_page", 0, decoder(decodeConversationPage)},
        ValueCase{"PageZero", kPage, "page", 0, decoder(decodeConversationPage)},
        ValueCase{"ShortDigest", kAttachment, "sha256", QStringLiteral("abc123"),
                  decoder(decodeAttachment)},
        ValueCase{
            "NonHexDigest", kAttachment, "sha256",
            QStringLiteral("zzb0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            decoder(decodeAttachment)},
        ValueCase{"NegativeSize", kAttachment, "size", -1, decoder(decodeAttachment)},
        ValueCase{"SizeBeyond2Pow53", kAttachment, "size", 1e17, decoder(decodeAttachment)},
        ValueCase{"EmptyName", kAttachment, "name", QStringLiteral(""), decoder(decodeAttachment)},
        ValueCase{"UnknownStatus", kAuthenticated, "status", QStringLiteral("hacked"),
                  decoder(decodeSignInStep)},
        ValueCase{"EmptyAccessToken", kAuthenticated, "access_token", QStringLiteral(""),
                  decoder(decodeSignInStep)},
        ValueCase{"OnlyUnknownMethods", kSecondFactor, "methods",
                  QJsonArray{QStringLiteral("sms"), QStringLiteral("carrier-pigeon")},
                  decoder(decodeSignInStep)},
        ValueCase{"NoMethods", kSecondFactor, "methods", QJsonArray{}, decoder(decodeSignInStep)},
        ValueCase{"NonOtpauthUri", kEnrollment, "otpauth_uri",
                  QStringLiteral("https://evil.example/qr"), decoder(decodeSignInStep)},
        ValueCase{
            "PolicyMaxBelowMin", kPasswordChange, "policy",
            QJsonObject{{QStringLiteral("min_length"), 20}, {QStringLiteral("max_length"), 8}},
            decoder(decodeSignInStep)},
        ValueCase{"PolicyRuleNotAString", kPasswordChange, "policy",
                  QJsonObject{{QStringLiteral("min_length"), 8},
                              {QStringLiteral("max_length"), 64},
                              {QStringLiteral("require"), QJsonArray{1}}},
                  decoder(decodeSignInStep)}),
    [](const auto &param) { return std::string(param.param.name); });

TEST(DecoderValues, UnknownActivityActionIsRefused)
{
    QJsonObject activity = parse(kActivity).toObject();
    QJsonArray items = activity.value(QStringLiteral("items")).toArray();
    QJsonObject entry = items.at(0).toObject();
    entry.insert(QStringLiteral("action"), QStringLiteral("exploded"));
    items.replace(0, entry);
    activity.insert(QStringLiteral("items"), items);
    QList<ActivityEntry> out;
    EXPECT_EQ(decodeActivity(activity, out).code(), Error::Code::MalformedResponse);
}

TEST(DecoderValues, AFailedListLeavesTheOutputUntouched)
{
    QList<Contact> contacts{Contact{QStringLiteral("keep"), QStringLiteral("k@x.test"), {}}};
    QJsonArray items{parse(kContact), parse(kContact)};
    QJsonObject broken = items.at(1).toObject();
    broken.insert(QStringLiteral("email"), 12);
    items.replace(1, broken);
    EXPECT_TRUE(decodeContacts(items, contacts).isError());
    ASSERT_EQ(contacts.size(), 1);
    EXPECT_EQ(contacts.first().id, QStringLiteral("keep"));
}

TEST(DecoderValues, LargeListsDecode)
{
    QJsonArray items;
    for (int i = 0; i < 5000; ++i)
        items.append(
            QJsonObject{{QStringLiteral("id"), QString::number(i)},
                        {QStringLiteral("email"), QStringLiteral("x%1@example.test").arg(i)}});
    QList<Contact> contacts;
    ASSERT_FALSE(decodeContacts(items, contacts).isError());
    EXPECT_EQ(contacts.size(), 5000);
}
