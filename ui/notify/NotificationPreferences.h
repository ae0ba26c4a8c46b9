#pragma once

#include <QString>

namespace pli::ui {

// Whether Pli shows desktop notifications for an account (new messages and conversations, its
// transfers ending while the window is hidden): on unless the person turned them off in the
// settings. Kept in QSettings per account; read at each notification, so a change applies at
// once.
class NotificationPreferences
{
public:
    static bool enabled(const QString &accountKey);
    static void setEnabled(const QString &accountKey, bool enabled);
};

} // namespace pli::ui
