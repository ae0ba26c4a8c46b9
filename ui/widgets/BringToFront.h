#pragma once

class QWidget;

namespace pli::ui {

// Shows `window` to the person as the window they are working in: shown again if hidden (in the
// tray), restored if minimized, raised above the others and given the keyboard focus. What the
// tray's "Open Pli", a clicked notification and a second `pli` started from a link all do. The
// window system may still refuse to take the focus from another application (X11 and Wayland
// focus-stealing prevention); the window then asks for attention instead.
void bringToFront(QWidget *window);

} // namespace pli::ui
