#include "BringToFront.h"

#include <QApplication>
#include <QWidget>

namespace pli::ui {

void bringToFront(QWidget *window)
{
    if (!window)
        return;
    if (window->isMinimized())
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
    // Where the window system keeps the focus elsewhere, the taskbar entry at least asks.
    if (!window->isActiveWindow())
        QApplication::alert(window);
}

} // namespace pli::ui
