#include "DisplayText.h"

#include <QLocale>

namespace pli::cli {

QString DisplayText::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

QString DisplayText::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString DisplayText::party(const Party &party)
{
    QString text = party.displayName.isEmpty()
                       ? party.email
                       : QStringLiteral("%1 <%2>").arg(party.displayName, party.email);
    if (!party.organization.isEmpty())
        text += QStringLiteral(", ") + party.organization;
    return safe(text);
}

QString DisplayText::action(ActivityAction action)
{
    switch (action) {
    case ActivityAction::Created:
        //: activity: started the conversation
        return tr("created");
    case ActivityAction::Posted:
        //: activity: posted a message
        return tr("posted");
    case ActivityAction::Opened:
        //: activity: opened a message
        return tr("opened");
    case ActivityAction::Downloaded:
        //: activity: downloaded an attachment
        return tr("downloaded");
    case ActivityAction::Deleted:
        //: activity: removed the conversation from their list
        return tr("deleted");
    }
    return QString();
}

QString DisplayText::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString DisplayText::safe(const QString &text, bool keepNewlines)
{
    QString result = text;
    for (QChar &c : result) {
        if (keepNewlines && c == u'\n')
            continue;
        if (c == u'\t')
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    return result;
}

} // namespace pli::cli
