#include "OpenCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JobWait.h"
#include "api/OpenMessageJob.h"
#include "net/ApiClient.h"

#include <QJsonObject>

namespace pli::cli {

ExitCode OpenCommand::run()
{
    const QString id = context().line().arguments().value(0);
    if (const Error e = openSession())
        return fail(e);
    const auto job = waitFor(api()->openMessage(id));
    if (job->error())
        return fail(job->error());
    if (json())
        printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("opened"), true}});
    else
        context().console().out()
            << tr("Message %1 is marked as opened.").arg(DisplayText::safe(id)) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pli::cli
