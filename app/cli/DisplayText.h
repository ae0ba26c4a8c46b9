#pragma once

#include "api/Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pli::cli {

// How values look in pli-cli's text output: dates in local time with the zone, sizes in the
// user's locale, people by name and address, and untrusted server text made harmless for the
// terminal.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::DisplayText)
public:
    // "2015-02-02 15:14 EST"; empty for an invalid time.
    static QString dateTime(const QDateTime &utc);
    static QString size(qint64 bytes);
    // "Display Name <email>" (or the address alone), with ", Organization" when known.
    static QString party(const Party &party);
    static QString action(ActivityAction action);
    static QString yesNo(bool value);
    // Server text without control characters (escape sequences); newlines kept when asked.
    static QString safe(const QString &text, bool keepNewlines = false);
};

} // namespace pli::cli
