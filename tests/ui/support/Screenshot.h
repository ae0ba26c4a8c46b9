#pragma once

#include <QString>

class QWidget;

namespace pli::test {

// Grabs `widget` into <build>/screenshots/<language>/<name>.png (QWidget::grab) and fails the
// test when the picture cannot be made or saved, or is blank. Returns the file's path. Not a
// pixel comparison: look at the pictures.
QString saveScreenshot(QWidget *widget, const QString &language, const QString &name);

} // namespace pli::test
