#include "CreateConversationJob.h"

#include "api/Decoders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli {

CreateConversationJob::CreateConversationJob(ApiClient *api, const NewConversation &conversation,
                                             QObject *parent)
    : JsonJob(api, Method::Post, QStringLiteral("/conversations"), parent)
{
    setBody(QJsonObject{
        {QStringLiteral("persona_id"), conversation.personaId},
        {QStringLiteral("title"), conversation.title},
        {QStringLiteral("participants"), QJsonArray::fromStringList(conversation.participants)},
        {QStringLiteral("body"), conversation.body},
        {QStringLiteral("attachments"), QJsonArray::fromStringList(conversation.uploadIds)}});
}

Error CreateConversationJob::parseResponse(const QJsonDocument &json)
{
    return decodeConversationDetails(valueOf(json), m_conversation);
}

} // namespace pli
