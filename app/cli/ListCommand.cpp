#include "ListCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JobWait.h"
#include "JsonEncoding.h"
#include "PersonaLookup.h"
#include "TextTable.h"
#include "api/ListConversationsJob.h"
#include "net/ApiClient.h"

namespace pli::cli {

std::optional<ConversationQuery> ListCommand::query(QString &problem) const
{
    const CommandLine &line = context().line();
    ConversationQuery query;
    if (line.isSet(QStringLiteral("page"))) {
        bool ok = false;
        query.page = line.value(QStringLiteral("page")).toInt(&ok);
        if (!ok || query.page < 1) {
            problem = tr("--page needs a page number from 1");
            return std::nullopt;
        }
    }
    if (line.isSet(QStringLiteral("per-page"))) {
        const QString value = line.value(QStringLiteral("per-page"));
        query.perPage = value.toInt();
        if (!ConversationPageSize::isChoice(query.perPage) ||
            value != QString::number(query.perPage)) {
            problem = tr("--per-page is 10, 20 or 30");
            return std::nullopt;
        }
    }
    if (line.isSet(QStringLiteral("sort"))) {
        const QString sort = line.value(QStringLiteral("sort"));
        if (sort == QLatin1String("modified")) {
            query.sort = ConversationSort::Modified;
        } else if (sort == QLatin1String("title")) {
            query.sort = ConversationSort::Title;
        } else if (sort == QLatin1String("owner")) {
            query.sort = ConversationSort::Owner;
        } else {
            problem = tr("--sort is modified, title or owner");
            return std::nullopt;
        }
    }
    query.order = line.isSet(QStringLiteral("asc")) ? SortOrder::Ascending : SortOrder::Descending;
    query.q = line.value(QStringLiteral("search"));
    return query;
}

ExitCode ListCommand::run()
{
    QString problem;
    const auto wanted = query(problem);
    if (!wanted)
        return usage(problem);
    if (const Error e = openSession())
        return fail(e);
    Error error;
    const auto persona = PersonaLookup::find(api(), context().line().arguments().value(0), error);
    if (!persona)
        return fail(error);
    const auto job = waitFor(api()->listConversations(persona->id, *wanted));
    if (job->error())
        return fail(job->error());
    const ConversationPage page = job->page();
    if (json()) {
        printJson(JsonEncoding::conversationPage(page));
        return ExitCode::Ok;
    }
    QTextStream &out = context().console().out();
    if (page.items.isEmpty()) {
        out << (page.total == 0
                    ? tr("No conversations.")
                    : tr("No conversations on page %1 of %2.").arg(page.page).arg(page.pages))
            << Qt::endl;
        return ExitCode::Ok;
    }
    TextTable table(
        {tr("Id"), tr("State"), tr("Modified"), tr("Messages"), tr("Owner"), tr("Title")});
    for (const ConversationSummary &c : page.items) {
        QStringList state;
        if (c.isNew)
            //: conversation state: never opened
            state << tr("new");
        else if (c.unread)
            //: conversation state: has a message not opened yet
            state << tr("unread");
        if (c.readOnly)
            //: conversation state: its collaborator is deactivated
            state << tr("read-only");
        table.addRow({DisplayText::safe(c.id), state.join(u','),
                      DisplayText::dateTime(c.modifiedAt), QString::number(c.messageCount),
                      DisplayText::party(c.owner), DisplayText::safe(c.title)});
    }
    table.print(out);
    //: %1 and %2 are page numbers; %n the number of conversations
    out << tr("Page %1 of %2, %n conversation(s) in all.", nullptr, page.total)
               .arg(page.page)
               .arg(page.pages)
        << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pli::cli
