#pragma once

#include "api/Types.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

class QPrinter;
class QTextDocument;

namespace pli::ui {

// A conversation laid out for paper, in the language of the interface: the title, the owner and
// participants, then every message with its sender, sent and expiry dates, text and attachment
// names. Printed or exported to PDF through QPrinter, which paginates it.
class ThreadDocument
{
    Q_DECLARE_TR_FUNCTIONS(pli::ui::ThreadDocument)
public:
    static std::unique_ptr<QTextDocument> build(const ConversationDetails &details,
                                                const QList<Message> &messages);
    static void print(const ConversationDetails &details, const QList<Message> &messages,
                      QPrinter *printer);
    // Writes a PDF; false with a translated reason when the file cannot be written.
    static bool exportPdf(const ConversationDetails &details, const QList<Message> &messages,
                          const QString &path, QString *reason = nullptr);

private:
    static QString html(const ConversationDetails &details, const QList<Message> &messages);
};

} // namespace pli::ui
