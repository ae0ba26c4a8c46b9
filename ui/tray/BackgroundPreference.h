#pragma once

#include <optional>

namespace pli::ui {

// "Keep running in the background": whether closing the main window leaves Pli in the tray
// (still receiving messages and notifying) or quits it. Kept in QSettings. Off until the
// person decides: the first close asks (BackgroundQuestion), the settings change it any time.
class BackgroundPreference
{
public:
    // nullopt while the person has not decided.
    static std::optional<bool> keepRunning();
    static void setKeepRunning(bool keepRunning);
    // Undecided again (the next close asks).
    static void reset();
};

} // namespace pli::ui
