#include "JsonEncoding.h"

#include "net/CertificateDetails.h"

namespace pli::cli {

QJsonValue JsonEncoding::time(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    return utc.toUTC().toString(Qt::ISODate);
}

QJsonObject JsonEncoding::party(const Party &party)
{
    return {{QStringLiteral("email"), party.email},
            {QStringLiteral("display_name"), party.displayName},
            {QStringLiteral("organization"), party.organization}};
}

QJsonObject JsonEncoding::persona(const Persona &persona)
{
    return {{QStringLiteral("id"), persona.id},
            {QStringLiteral("email"), persona.email},
            {QStringLiteral("display_name"), persona.displayName},
            {QStringLiteral("unread_count"), persona.unreadCount},
            {QStringLiteral("conversation_count"), persona.conversationCount},
            {QStringLiteral("verified"), persona.verified}};
}

QJsonObject JsonEncoding::conversation(const ConversationSummary &conversation)
{
    return {{QStringLiteral("id"), conversation.id},
            {QStringLiteral("title"), conversation.title},
            {QStringLiteral("owner"), party(conversation.owner)},
            {QStringLiteral("created_at"), time(conversation.createdAt)},
            {QStringLiteral("modified_at"), time(conversation.modifiedAt)},
            {QStringLiteral("unread"), conversation.unread},
            {QStringLiteral("is_new"), conversation.isNew},
            {QStringLiteral("read_only"), conversation.readOnly},
            {QStringLiteral("message_count"), conversation.messageCount}};
}

QJsonObject JsonEncoding::conversationPage(const ConversationPage &page)
{
    QJsonArray items;
    for (const ConversationSummary &item : page.items)
        items.append(conversation(item));
    return {{QStringLiteral("items"), items},
            {QStringLiteral("page"), page.page},
            {QStringLiteral("per_page"), page.perPage},
            {QStringLiteral("total"), page.total},
            {QStringLiteral("pages"), page.pages}};
}

QJsonObject JsonEncoding::conversationDetails(const ConversationDetails &details)
{
    QJsonArray participants;
    for (const Party &p : details.participants)
        participants.append(party(p));
    return {{QStringLiteral("id"), details.id},
            {QStringLiteral("title"), details.title},
            {QStringLiteral("owner"), party(details.owner)},
            {QStringLiteral("participants"), participants},
            {QStringLiteral("read_only"), details.readOnly},
            {QStringLiteral("message_count"), details.messageCount}};
}

QJsonObject JsonEncoding::attachment(const Attachment &attachment)
{
    return {{QStringLiteral("id"), attachment.id},
            {QStringLiteral("name"), attachment.name},
            {QStringLiteral("size"), attachment.size},
            {QStringLiteral("content_type"), attachment.contentType},
            {QStringLiteral("sha256"), attachment.sha256}};
}

QJsonObject JsonEncoding::message(const Message &message)
{
    QJsonArray attachments;
    for (const Attachment &a : message.attachments)
        attachments.append(attachment(a));
    return {{QStringLiteral("id"), message.id},
            {QStringLiteral("sender"), party(message.sender)},
            {QStringLiteral("mine"), message.mine},
            {QStringLiteral("sent_at"), time(message.sentAt)},
            {QStringLiteral("expires_at"),
             message.expiresAt ? time(*message.expiresAt) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("expired"), message.expired},
            {QStringLiteral("opened"), message.opened},
            {QStringLiteral("body"), message.body},
            {QStringLiteral("attachments"), attachments}};
}

QString JsonEncoding::actionName(ActivityAction action)
{
    switch (action) {
    case ActivityAction::Created:
        return QStringLiteral("created");
    case ActivityAction::Posted:
        return QStringLiteral("posted");
    case ActivityAction::Opened:
        return QStringLiteral("opened");
    case ActivityAction::Downloaded:
        return QStringLiteral("downloaded");
    case ActivityAction::Deleted:
        return QStringLiteral("deleted");
    }
    return QString();
}

QJsonObject JsonEncoding::activity(const ActivityEntry &entry)
{
    return {{QStringLiteral("actor"), party(entry.actor)},
            {QStringLiteral("action"), actionName(entry.action)},
            {QStringLiteral("at"), time(entry.at)}};
}

QJsonObject JsonEncoding::contact(const Contact &contact)
{
    return {{QStringLiteral("id"), contact.id},
            {QStringLiteral("email"), contact.email},
            {QStringLiteral("display_name"), contact.displayName}};
}

QJsonObject JsonEncoding::account(const Account &account, bool isDefault,
                                  const QList<ClientKind> &signedInOn)
{
    QJsonArray clients;
    for (const ClientKind client : signedInOn)
        clients.append(clientKindId(client));
    return {
        {QStringLiteral("server"), account.server.toString()},
        {QStringLiteral("username"), account.username},
        {QStringLiteral("display_name"), account.displayName},
        {QStringLiteral("remembered"), account.staySignedIn},
        {QStringLiteral("signed_in_on"), clients},
        {QStringLiteral("last_used"), time(account.lastUsed)},
        {QStringLiteral("default"), isDefault},
        {QStringLiteral("ca_fingerprint"),
         account.trustedCertificates.isEmpty()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(CertificateDetails::fromPem(account.trustedCertificates).fingerprint)}};
}

} // namespace pli::cli
