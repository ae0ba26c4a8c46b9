#pragma once

#include <QIcon>
#include <QString>

namespace pli::ui {

// Pli's own icons (resources/icons/*.svg), rendered with Qt SVG at the usual sizes so that they
// stay crisp at any scale and do not depend on an icon-engine plugin being installed.
class Icons
{
public:
    // `name` is the file name without ".svg", e.g. "unread", "envelope-closed".
    static QIcon icon(const QString &name);
    static QPixmap pixmap(const QString &name, int size, qreal devicePixelRatio = 1.0);
};

} // namespace pli::ui
