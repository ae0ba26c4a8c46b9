#include "ActivityCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JobWait.h"
#include "JsonEncoding.h"
#include "TextTable.h"
#include "api/ListActivityJob.h"
#include "net/ApiClient.h"

namespace pli::cli {

ExitCode ActivityCommand::run()
{
    const CommandLine &line = context().line();
    ActivitySort sort = ActivitySort::Date;
    if (line.isSet(QStringLiteral("sort"))) {
        const QString value = line.value(QStringLiteral("sort"));
        if (value == QLatin1String("name"))
            sort = ActivitySort::Name;
        else if (value == QLatin1String("activity"))
            sort = ActivitySort::Activity;
        else if (value == QLatin1String("date"))
            sort = ActivitySort::Date;
        else
            return usage(tr("--sort is name, activity or date"));
    }
    const SortOrder order =
        line.isSet(QStringLiteral("asc")) ? SortOrder::Ascending : SortOrder::Descending;
    if (const Error e = openSession())
        return fail(e);
    const auto job = waitFor(api()->listActivity(line.arguments().value(0), sort, order));
    if (job->error())
        return fail(job->error());
    const QList<ActivityEntry> entries = job->entries();
    if (json()) {
        QJsonArray items;
        for (const ActivityEntry &entry : entries)
            items.append(JsonEncoding::activity(entry));
        printJson(items);
        return ExitCode::Ok;
    }
    if (entries.isEmpty()) {
        context().console().out() << tr("No activity yet.") << Qt::endl;
        return ExitCode::Ok;
    }
    TextTable table({tr("Date"), tr("Activity"), tr("Name"), tr("E-mail")});
    for (const ActivityEntry &entry : entries)
        table.addRow({DisplayText::dateTime(entry.at), DisplayText::action(entry.action),
                      DisplayText::safe(entry.actor.displayName),
                      DisplayText::safe(entry.actor.email)});
    table.print(context().console().out());
    return ExitCode::Ok;
}

} // namespace pli::cli
