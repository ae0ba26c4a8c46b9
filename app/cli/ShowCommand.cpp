#include "ShowCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JobWait.h"
#include "JsonEncoding.h"
#include "api/GetConversationJob.h"
#include "api/ListMessagesJob.h"
#include "net/ApiClient.h"

namespace pli::cli {

namespace {
constexpr int kNewest = 5;
constexpr int kPageForAll = 100; // the server's largest page
} // namespace

ExitCode ShowCommand::run()
{
    return show(context().line().arguments().value(0),
                context().line().isSet(QStringLiteral("all")));
}

ExitCode ShowCommand::show(const QString &id, bool all)
{
    if (const Error e = openSession())
        return fail(e);
    const auto details = waitFor(api()->getConversation(id));
    if (details->error())
        return fail(details->error());
    MessagePage page;
    if (const Error e = fetchMessages(id, all, page))
        return fail(e);

    if (json()) {
        QJsonArray messages;
        for (const Message &message : std::as_const(page.items))
            messages.append(JsonEncoding::message(message));
        printJson(QJsonObject{
            {QStringLiteral("conversation"), JsonEncoding::conversationDetails(details->details())},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("total"), page.total},
            {QStringLiteral("has_more"), page.hasMore}});
        return ExitCode::Ok;
    }
    printText(details->details(), page, all);
    return ExitCode::Ok;
}

Error ShowCommand::fetchMessages(const QString &conversationId, bool all, MessagePage &result)
{
    const auto first = waitFor(api()->listMessages(conversationId, all ? kPageForAll : kNewest));
    if (first->error())
        return first->error();
    result = first->page();
    // Older pages come before: keep the whole list oldest first.
    while (all && result.hasMore && !result.items.isEmpty()) {
        const auto older =
            waitFor(api()->listMessages(conversationId, kPageForAll, result.items.first().id));
        if (older->error())
            return older->error();
        MessagePage page = older->page();
        if (page.items.isEmpty())
            break;
        page.items.append(result.items);
        result.items = page.items;
        result.hasMore = page.hasMore;
    }
    return {};
}

void ShowCommand::printText(const ConversationDetails &details, const MessagePage &page, bool all)
{
    QTextStream &out = context().console().out();
    out << DisplayText::safe(details.title) << QStringLiteral("  [")
        << DisplayText::safe(details.id) << u']' << Qt::endl;
    out << tr("Owner: %1").arg(DisplayText::party(details.owner)) << Qt::endl;
    QStringList participants;
    for (const Party &party : details.participants)
        participants << DisplayText::party(party);
    if (!participants.isEmpty())
        out << tr("Participants: %1").arg(participants.join(QStringLiteral("; "))) << Qt::endl;
    if (details.readOnly)
        out << tr("Read-only: its collaborator's account is deactivated, no reply is possible.")
            << Qt::endl;
    if (page.items.isEmpty()) {
        out << tr("No messages.") << Qt::endl;
        return;
    }
    if (!all && page.hasMore)
        out << tr("The %1 newest of %n messages (all of them with --all).", nullptr, page.total)
                   .arg(page.items.size())
            << Qt::endl;
    else
        out << tr("%n message(s).", nullptr, page.total) << Qt::endl;
    for (const Message &message : page.items)
        printMessage(message);
    out.flush();
}

void ShowCommand::printMessage(const Message &message)
{
    QTextStream &out = context().console().out();
    out << Qt::endl;
    out << QStringLiteral("[%1] ").arg(DisplayText::safe(message.id))
        << DisplayText::dateTime(message.sentAt) << QStringLiteral("  ")
        << DisplayText::party(message.sender);
    if (message.mine)
        //: after the sender of a message the signed-in person sent
        out << u' ' << tr("(you)");
    out << Qt::endl;
    QStringList facts;
    facts << (message.opened ? tr("opened") : tr("not opened yet"));
    if (message.expiresAt)
        facts << (message.expired
                      ? tr("expired on %1").arg(DisplayText::dateTime(*message.expiresAt))
                      : tr("expires on %1").arg(DisplayText::dateTime(*message.expiresAt)));
    out << QStringLiteral("    ") << facts.join(QStringLiteral(", ")) << Qt::endl;
    if (message.expired) {
        out << QStringLiteral("    ")
            << tr("This message has expired: its text and attachments are no longer available.")
            << Qt::endl;
        return;
    }
    const QStringList lines = DisplayText::safe(message.body, true).split(u'\n');
    for (const QString &line : lines)
        out << (line.isEmpty() ? QString() : QStringLiteral("    ") + line) << Qt::endl;
    if (message.attachments.isEmpty())
        return;
    out << QStringLiteral("    ") << tr("Attachments:") << Qt::endl;
    for (const Attachment &a : message.attachments)
        out << QStringLiteral("      [%1] %2  %3")
                   .arg(DisplayText::safe(a.id), DisplayText::safe(a.name),
                        DisplayText::size(a.size))
            << Qt::endl;
}

} // namespace pli::cli
