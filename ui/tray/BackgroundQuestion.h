#pragma once

#include <QCoreApplication>

class QWidget;

namespace pli::ui {

// What closing the main window does. With a notification area and "Keep running in the
// background" on, Pli stays there (receiving messages, notifying); off, it quits. Until the
// person decides, the first close asks, with "Don't ask again" ticked: the answer becomes the
// setting (BackgroundPreference), which the settings dialog changes later. Without a
// notification area nothing could bring a hidden window back: the window closes as usual and
// nothing is asked.
class BackgroundQuestion
{
    Q_DECLARE_TR_FUNCTIONS(pli::ui::BackgroundQuestion)

public:
    // True: hide the window and keep running; false: close it (and quit). May ask, modally.
    static bool keepRunningOnClose(bool trayAvailable, QWidget *window);
    // The question itself; true for "Keep running". Stores the answer unless "Don't ask
    // again" was unticked.
    static bool ask(QWidget *window);
};

} // namespace pli::ui
