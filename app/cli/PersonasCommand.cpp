#include "PersonasCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JobWait.h"
#include "JsonEncoding.h"
#include "TextTable.h"
#include "api/ListPersonasJob.h"
#include "net/ApiClient.h"

namespace pli::cli {

ExitCode PersonasCommand::run()
{
    if (const Error e = openSession())
        return fail(e);
    const auto job = waitFor(api()->listPersonas());
    if (job->error())
        return fail(job->error());
    const QList<Persona> personas = job->personas();
    if (json()) {
        QJsonArray items;
        for (const Persona &persona : personas)
            items.append(JsonEncoding::persona(persona));
        printJson(items);
        return ExitCode::Ok;
    }
    TextTable table({tr("E-mail"), tr("Unread"), tr("Conversations"), tr("Id"), tr("Name")});
    for (const Persona &persona : personas) {
        table.addRow({DisplayText::safe(persona.email), QString::number(persona.unreadCount),
                      QString::number(persona.conversationCount), DisplayText::safe(persona.id),
                      DisplayText::safe(persona.displayName)});
    }
    table.print(context().console().out());
    return ExitCode::Ok;
}

} // namespace pli::cli
