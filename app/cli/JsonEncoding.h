#pragma once

#include "accounts/Account.h"
#include "api/Types.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli::cli {

// pli-cli's `--json` shapes: the protocol's field names, times in RFC 3339 UTC, sizes in
// bytes, so that scripts read the same words the server uses.
class JsonEncoding
{
public:
    static QJsonObject party(const Party &party);
    static QJsonObject persona(const Persona &persona);
    static QJsonObject conversation(const ConversationSummary &conversation);
    static QJsonObject conversationPage(const ConversationPage &page);
    static QJsonObject conversationDetails(const ConversationDetails &details);
    static QJsonObject attachment(const Attachment &attachment);
    static QJsonObject message(const Message &message);
    static QJsonObject activity(const ActivityEntry &entry);
    static QJsonObject contact(const Contact &contact);
    // `signedInOn`: the programs that stay signed in to it ("cli", "desktop").
    static QJsonObject account(const Account &account, bool isDefault,
                               const QList<ClientKind> &signedInOn);
    static QString actionName(ActivityAction action);
    static QJsonValue time(const QDateTime &utc);
};

} // namespace pli::cli
