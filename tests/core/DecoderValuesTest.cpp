// Decoded values: every field of the contract's examples arrives intact, hostile values (empty
// ids, negative or fractional counts, unknown actions) are refused, a failed list leaves its
// output untouched, and large lists decode.
#include "DecoderSamples.h"

using namespace pli;
using namespace pli::test::decoding;

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

TEST(DecoderValues, MessageArrivalKeepsEveryFieldAndNeedsOnlyTheIds)
{
    MessageArrival arrival;
    ASSERT_FALSE(decodeMessageArrival(parse(kMessageArrival), arrival).isError());
    EXPECT_EQ(arrival.conversationId, QStringLiteral("c_1"));
    EXPECT_EQ(arrival.personaId, QStringLiteral("p_1"));
    EXPECT_EQ(arrival.messageId, QStringLiteral("m_1"));
    EXPECT_EQ(arrival.conversationTitle, QStringLiteral("Budget"));
    EXPECT_EQ(arrival.sender.label(), QStringLiteral("Marie"));
    EXPECT_FALSE(arrival.startsConversation);

    // What servers before these fields sent.
    MessageArrival bare;
    ASSERT_FALSE(
        decodeMessageArrival(parse(R"({"conversation_id":"c_2","persona_id":"p_2"})"), bare)
            .isError());
    EXPECT_EQ(bare,
              (MessageArrival{QStringLiteral("c_2"), QStringLiteral("p_2"), {}, {}, {}, false}));
}
