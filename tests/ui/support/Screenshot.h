#pragma once

#include <QString>

class QWidget;

namespace pli::test {

// Saves `widget` as PLI_SCREENSHOT_DIR/<en|fr>/<name>.png, the language being the current
// QLocale's; fails the test when it cannot.
void saveScreenshot(QWidget *widget, const QString &name);

} // namespace pli::test
