#include "Decoders.h"

#include "JsonReader.h"

#include <QRegularExpression>

namespace pli {

namespace {

constexpr qint64 maxSize = qint64(1) << 53;

template<class T, class F> Error decodeWith(const QJsonValue &json, T &out, F readValue)
{
    JsonReader r(json);
    T value = readValue(r);
    if (!r.ok())
        return r.error();
    out = std::move(value);
    return {};
}

// A list answer: a bare array, or an object carrying it in "items".
template<class T, class F> Error decodeList(const QJsonValue &json, QList<T> &out, F readItem)
{
    const bool bare = json.isArray();
    JsonReader r(bare ? QJsonValue(QJsonObject{{QString(), json}}) : json);
    QList<T> items = bare ? r.list<T>(QLatin1StringView(""), readItem)
                          : r.list<T>(QLatin1StringView("items"), readItem);
    if (!r.ok())
        return r.error();
    out = std::move(items);
    return {};
}

} // namespace

namespace readers {

Party party(JsonReader &r)
{
    Party p;
    p.email = r.string(QLatin1StringView("email"), true);
    p.displayName = r.optionalString(QLatin1StringView("display_name"));
    p.organization = r.optionalString(QLatin1StringView("organization"));
    return p;
}

Persona persona(JsonReader &r)
{
    Persona p;
    p.id = r.string(QLatin1StringView("id"), true);
    p.email = r.string(QLatin1StringView("email"), true);
    p.displayName = r.optionalString(QLatin1StringView("display_name"));
    p.unreadCount = r.count(QLatin1StringView("unread_count"));
    p.conversationCount = r.count(QLatin1StringView("conversation_count"));
    p.verified = r.optionalBoolean(QLatin1StringView("verified")).value_or(true);
    return p;
}

ConversationSummary conversationSummary(JsonReader &r)
{
    ConversationSummary c;
    c.id = r.string(QLatin1StringView("id"), true);
    c.title = r.string(QLatin1StringView("title"));
    JsonReader owner = r.object(QLatin1StringView("owner"));
    c.owner = party(owner);
    c.createdAt = r.time(QLatin1StringView("created_at"));
    c.modifiedAt = r.time(QLatin1StringView("modified_at"));
    c.unread = r.boolean(QLatin1StringView("unread"));
    c.isNew = r.boolean(QLatin1StringView("is_new"));
    c.readOnly = r.boolean(QLatin1StringView("read_only"));
    c.messageCount = r.count(QLatin1StringView("message_count"));
    return c;
}

ConversationDetails conversationDetails(JsonReader &r)
{
    ConversationDetails c;
    c.id = r.string(QLatin1StringView("id"), true);
    c.title = r.string(QLatin1StringView("title"));
    JsonReader owner = r.object(QLatin1StringView("owner"));
    c.owner = party(owner);
    c.participants = r.list<Party>(QLatin1StringView("participants"), party);
    c.readOnly = r.boolean(QLatin1StringView("read_only"));
    c.messageCount = r.count(QLatin1StringView("message_count"));
    return c;
}

Attachment attachment(JsonReader &r)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    Attachment a;
    a.id = r.string(QLatin1StringView("id"), true);
    a.name = r.string(QLatin1StringView("name"), true);
    a.size = r.integer(QLatin1StringView("size"), 0, maxSize);
    a.contentType = r.optionalString(QLatin1StringView("content_type"),
                                     QStringLiteral("application/octet-stream"));
    a.sha256 = r.string(QLatin1StringView("sha256"));
    if (r.ok() && !hex.match(a.sha256).hasMatch())
        r.fail(QStringLiteral("%1.sha256 is not 64 hexadecimal digits").arg(r.path()));
    a.sha256 = a.sha256.toLower();
    return a;
}

Message message(JsonReader &r, const QDateTime &now)
{
    Message m;
    m.id = r.string(QLatin1StringView("id"), true);
    JsonReader sender = r.object(QLatin1StringView("sender"));
    m.sender = party(sender);
    m.mine = r.boolean(QLatin1StringView("mine"));
    m.sentAt = r.time(QLatin1StringView("sent_at"));
    m.expiresAt = r.optionalTime(QLatin1StringView("expires_at"));
    m.opened = r.boolean(QLatin1StringView("opened"));
    m.expired = r.optionalBoolean(QLatin1StringView("expired"))
                    .value_or(m.expiresAt.has_value() && *m.expiresAt <= now);
    // An expired message keeps its header only: body and attachments may be null or absent.
    m.body = m.expired ? r.optionalString(QLatin1StringView("body"))
                       : r.string(QLatin1StringView("body"));
    m.attachments = r.optionalList<Attachment>(QLatin1StringView("attachments"), attachment);
    return m;
}

ActivityEntry activityEntry(JsonReader &r)
{
    ActivityEntry e;
    JsonReader actor = r.object(QLatin1StringView("actor"));
    e.actor = party(actor);
    const QString action = r.string(QLatin1StringView("action"));
    if (action == u"created")
        e.action = ActivityAction::Created;
    else if (action == u"posted")
        e.action = ActivityAction::Posted;
    else if (action == u"opened")
        e.action = ActivityAction::Opened;
    else if (action == u"downloaded")
        e.action = ActivityAction::Downloaded;
    else if (action == u"deleted")
        e.action = ActivityAction::Deleted;
    else
        r.fail(QStringLiteral("%1.action is not a known action").arg(r.path()));
    e.at = r.time(QLatin1StringView("at"));
    return e;
}

Contact contact(JsonReader &r)
{
    Contact c;
    c.id = r.string(QLatin1StringView("id"), true);
    c.email = r.string(QLatin1StringView("email"), true);
    c.displayName = r.optionalString(QLatin1StringView("display_name"));
    return c;
}

} // namespace readers

Error decodeParty(const QJsonValue &json, Party &out)
{
    return decodeWith(json, out, readers::party);
}

Error decodeMessageArrival(const QJsonValue &json, MessageArrival &out)
{
    return decodeWith(json, out, [&json](JsonReader &r) {
        MessageArrival m;
        m.conversationId = r.string(QLatin1StringView("conversation_id"), true);
        m.personaId = r.string(QLatin1StringView("persona_id"), true);
        m.messageId = r.optionalString(QLatin1StringView("message_id"));
        m.conversationTitle = r.optionalString(QLatin1StringView("conversation_title"));
        m.startsConversation =
            r.optionalBoolean(QLatin1StringView("starts_conversation")).value_or(false);
        const QJsonValue sender = json.toObject().value(QLatin1StringView("sender"));
        if (!sender.isUndefined() && !sender.isNull()) {
            JsonReader senderReader = r.object(QLatin1StringView("sender"));
            m.sender = readers::party(senderReader);
        }
        return m;
    });
}

Error decodePersona(const QJsonValue &json, Persona &out)
{
    return decodeWith(json, out, readers::persona);
}

Error decodePersonas(const QJsonValue &json, QList<Persona> &out)
{
    return decodeList(json, out, readers::persona);
}

Error decodeMe(const QJsonValue &json, Me &out)
{
    return decodeWith(json, out, [](JsonReader &r) {
        Me me;
        me.id = r.string(QLatin1StringView("id"), true);
        me.username = r.string(QLatin1StringView("username"), true);
        me.displayName = r.optionalString(QLatin1StringView("display_name"));
        // An unknown role gets the least rights.
        me.role = r.string(QLatin1StringView("role")) == u"collaborator" ? Role::Collaborator
                                                                         : Role::Participant;
        me.personas = r.list<Persona>(QLatin1StringView("personas"), readers::persona);
        return me;
    });
}

Error decodeConversationSummary(const QJsonValue &json, ConversationSummary &out)
{
    return decodeWith(json, out, readers::conversationSummary);
}

Error decodeConversationPage(const QJsonValue &json, ConversationPage &out)
{
    return decodeWith(json, out, [](JsonReader &r) {
        ConversationPage page;
        page.items =
            r.list<ConversationSummary>(QLatin1StringView("items"), readers::conversationSummary);
        page.page = int(r.integer(QLatin1StringView("page"), 1));
        page.perPage = int(r.integer(QLatin1StringView("per_page"), 1, 1000));
        page.total = r.count(QLatin1StringView("total"));
        page.pages = r.count(QLatin1StringView("pages"));
        return page;
    });
}

Error decodeConversationDetails(const QJsonValue &json, ConversationDetails &out)
{
    return decodeWith(json, out, readers::conversationDetails);
}

Error decodeAttachment(const QJsonValue &json, Attachment &out)
{
    return decodeWith(json, out, readers::attachment);
}

Error decodeMessage(const QJsonValue &json, Message &out, const QDateTime &now)
{
    return decodeWith(json, out, [&now](JsonReader &r) { return readers::message(r, now); });
}

Error decodeMessagePage(const QJsonValue &json, MessagePage &out, const QDateTime &now)
{
    return decodeWith(json, out, [&now](JsonReader &r) {
        MessagePage page;
        page.items = r.list<Message>(QLatin1StringView("items"), [&now](JsonReader &item) {
            return readers::message(item, now);
        });
        page.total = r.count(QLatin1StringView("total"));
        page.hasMore = r.boolean(QLatin1StringView("has_more"));
        return page;
    });
}

Error decodeActivity(const QJsonValue &json, QList<ActivityEntry> &out)
{
    return decodeList(json, out, readers::activityEntry);
}

Error decodeContact(const QJsonValue &json, Contact &out)
{
    return decodeWith(json, out, readers::contact);
}

Error decodeContacts(const QJsonValue &json, QList<Contact> &out)
{
    return decodeList(json, out, readers::contact);
}

} // namespace pli
