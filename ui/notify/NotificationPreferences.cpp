#include "NotificationPreferences.h"

#include <QSettings>
#include <QUrl>

namespace pli::ui {

namespace {

// An account key holds "/" and ":" (a server address), which QSettings takes for groups.
QString settingsKey(const QString &accountKey)
{
    return QStringLiteral("notifications/") +
           QString::fromLatin1(QUrl::toPercentEncoding(accountKey));
}

} // namespace

bool NotificationPreferences::enabled(const QString &accountKey)
{
    return QSettings().value(settingsKey(accountKey), true).toBool();
}

void NotificationPreferences::setEnabled(const QString &accountKey, bool enabled)
{
    QSettings().setValue(settingsKey(accountKey), enabled);
}

} // namespace pli::ui
