#include "DeleteCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JobWait.h"
#include "PersonaLookup.h"
#include "api/DeleteConversationsJob.h"
#include "api/GetConversationJob.h"
#include "net/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pli::cli {

namespace {
constexpr int kMaxPerRequest = 100; // the server's limit for one request
} // namespace

ExitCode DeleteCommand::run()
{
    QStringList ids = context().line().arguments();
    const QString personaText = ids.takeFirst();
    ids.removeDuplicates();
    if (ids.size() > kMaxPerRequest)
        return usage(tr("at most %1 conversations can be deleted at a time").arg(kMaxPerRequest));
    if (const Error e = openSession())
        return fail(e);
    Error error;
    const auto persona = PersonaLookup::find(api(), personaText, error);
    if (!persona)
        return fail(error);
    // The server quietly ignores ids that are not in the list; a typo must not look like a
    // success, so every id is checked first and nothing is deleted when one is unknown.
    for (const QString &id : std::as_const(ids)) {
        const auto check = waitFor(api()->getConversation(id));
        if (check->error().code() == Error::Code::NotFound)
            return fail(Error(
                Error::Code::NotFound,
                tr("there is no conversation %1; nothing was deleted").arg(DisplayText::safe(id))));
        if (check->error())
            return fail(check->error());
    }
    const auto job = waitFor(api()->deleteConversations(persona->id, ids));
    if (job->error())
        return fail(job->error());
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("persona_id"), persona->id},
                              {QStringLiteral("deleted"), QJsonArray::fromStringList(ids)}});
        return ExitCode::Ok;
    }
    context().console().out() << tr("%n conversation(s) removed from the list of %1.", nullptr,
                                    int(ids.size()))
                                     .arg(DisplayText::safe(persona->email))
                              << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pli::cli
