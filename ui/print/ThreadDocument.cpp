#include "ThreadDocument.h"

#include "conversation/MessageText.h"
#include "widgets/DateTimeText.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace pli::ui {

namespace {
QString partyText(const Party &party)
{
    QString text = party.label();
    if (!party.displayName.isEmpty() && party.displayName != party.email)
        text += QStringLiteral(" <%1>").arg(party.email);
    if (!party.organization.isEmpty())
        text += QStringLiteral(" – ") + party.organization;
    return text.toHtmlEscaped();
}
} // namespace

QString ThreadDocument::html(const ConversationDetails &details, const QList<Message> &messages)
{
    QString out;
    out += QStringLiteral("<h1>%1</h1>").arg(details.title.toHtmlEscaped());
    out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Owner:"), partyText(details.owner));
    QStringList participants;
    for (const Party &party : details.participants)
        participants.append(partyText(party));
    out += QStringLiteral("<p><b>%1</b> %2</p>")
               .arg(tr("Participants:"), participants.join(QStringLiteral(", ")));
    out += QStringLiteral("<p>%1</p><hr>").arg(tr("%n message(s)", nullptr, int(messages.size())));
    for (const Message &message : messages) {
        out += QStringLiteral("<h3>%1</h3>").arg(partyText(message.sender));
        QString dates = tr("Sent %1").arg(DateTimeText::dateTime(message.sentAt).toHtmlEscaped());
        if (message.expiresAt)
            dates +=
                QStringLiteral(" · ") +
                tr("Expires on %1").arg(DateTimeText::dateTime(*message.expiresAt).toHtmlEscaped());
        out += QStringLiteral("<p style=\"color:#5b6470\">%1</p>").arg(dates);
        if (message.expired) {
            out += QStringLiteral("<p><i>%1</i></p>")
                       .arg(tr("This message has expired: its text and attachments are no longer "
                               "available."));
        } else {
            out += QStringLiteral("<p>%1</p>").arg(MessageText::toHtml(message.body));
            if (!message.attachments.isEmpty()) {
                QStringList names;
                for (const Attachment &attachment : message.attachments)
                    names.append(
                        MessageText::fileLabel(attachment.name, attachment.size).toHtmlEscaped());
                out += QStringLiteral("<p><b>%1</b> %2</p>")
                           .arg(tr("Attachments:"), names.join(QStringLiteral(", ")));
            }
        }
        out += QStringLiteral("<hr>");
    }
    return out;
}

std::unique_ptr<QTextDocument> ThreadDocument::build(const ConversationDetails &details,
                                                     const QList<Message> &messages)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(0);
    document->setHtml(html(details, messages));
    document->setMetaInformation(QTextDocument::DocumentTitle, details.title);
    return document;
}

void ThreadDocument::print(const ConversationDetails &details, const QList<Message> &messages,
                           QPrinter *printer)
{
    printer->setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    build(details, messages)->print(printer);
}

bool ThreadDocument::exportPdf(const ConversationDetails &details, const QList<Message> &messages,
                               const QString &path, QString *reason)
{
    // QPrinter reports no error when it cannot write: check the folder first, then the result.
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isWritable()) {
        if (reason)
            *reason = tr("The folder %1 cannot be written to.").arg(target.absolutePath());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(details.title);
    printer.setCreator(QStringLiteral("Pli"));
    print(details, messages, &printer);
    if (QFileInfo(path).size() <= 0) {
        if (reason)
            *reason = tr("The PDF file %1 could not be written.").arg(path);
        return false;
    }
    return true;
}

} // namespace pli::ui
