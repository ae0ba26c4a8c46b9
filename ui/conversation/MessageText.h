#pragma once

#include <QString>

namespace pli::ui {

// How a message's text and attachment labels are shown (times: widgets/DateTimeText). The body
// comes from another person through the server: it is always plain text, escaped before links are
// made clickable, so that nothing in it is ever interpreted as HTML.
class MessageText
{
public:
    // Lines a collapsed body shows before "More…".
    static constexpr int CollapsedLines = 3;
    static constexpr int CollapsedChars = 280;

    // Escaped HTML with http(s) links clickable and line breaks kept.
    static QString toHtml(const QString &plainBody);
    // Whether the body is longer than a collapsed card shows.
    static bool isLong(const QString &plainBody);
    // The start of the body a collapsed card shows, ending with "…" when cut.
    static QString collapsed(const QString &plainBody);
    // "devis_2015.xlsx (17.4 KB)".
    static QString fileLabel(const QString &name, qint64 size);
};

} // namespace pli::ui
