#pragma once

#include <QIcon>

namespace pli::ui {

// The tray icon with the number of unread conversations drawn on it: a red disc in the top
// right corner holding the count ("99+" above 99), nothing when it is 0. Drawn at the sizes
// trays use, so that each stays legible rather than a scaled copy.
class UnreadBadge
{
public:
    static QIcon icon(const QIcon &base, int unread);
    static QPixmap pixmap(const QIcon &base, int unread, int size);
    // What the badge says: "", "7", "99+".
    static QString text(int unread);
};

} // namespace pli::ui
