#pragma once

#include "Error.h"
#include "api/Types.h"

#include <QJsonValue>

// Decoders of the server's JSON answers into the typed results of api/Types.h. Strict about
// types (a missing required member, a wrong type, an out-of-range number or a malformed time is
// a MalformedResponse error naming the member), tolerant of unknown members. They never crash on
// any input and leave `out` unspecified on failure.
namespace pli {

class JsonReader;

Error decodeParty(const QJsonValue &json, Party &out);
Error decodePersona(const QJsonValue &json, Persona &out);
// GET /personas: an array (or an object with "items").
Error decodePersonas(const QJsonValue &json, QList<Persona> &out);
Error decodeMe(const QJsonValue &json, Me &out);
Error decodeConversationSummary(const QJsonValue &json, ConversationSummary &out);
Error decodeConversationPage(const QJsonValue &json, ConversationPage &out);
Error decodeConversationDetails(const QJsonValue &json, ConversationDetails &out);
Error decodeAttachment(const QJsonValue &json, Attachment &out);
// `now` decides `expired` when the answer does not say it.
Error decodeMessage(const QJsonValue &json, Message &out,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
Error decodeMessagePage(const QJsonValue &json, MessagePage &out,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
// GET /conversations/{id}/activity: {"items": [...]}.
Error decodeActivity(const QJsonValue &json, QList<ActivityEntry> &out);
Error decodeContact(const QJsonValue &json, Contact &out);
// GET /contacts: an array (or an object with "items").
Error decodeContacts(const QJsonValue &json, QList<Contact> &out);
// The data of the event message.created: the ids are required, the rest optional.
Error decodeMessageArrival(const QJsonValue &json, MessageArrival &out);

// The readers behind the decoders, for answers that embed these types.
namespace readers {
Party party(JsonReader &r);
Persona persona(JsonReader &r);
ConversationSummary conversationSummary(JsonReader &r);
ConversationDetails conversationDetails(JsonReader &r);
Attachment attachment(JsonReader &r);
Message message(JsonReader &r, const QDateTime &now);
ActivityEntry activityEntry(JsonReader &r);
Contact contact(JsonReader &r);
} // namespace readers

} // namespace pli
