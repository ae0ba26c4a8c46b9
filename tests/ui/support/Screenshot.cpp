#include "Screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPixmap>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>

namespace pli::test {

void saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QTest::qWait(30);
    const QString language =
        QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    const QString folder = QStringLiteral(PLI_SCREENSHOT_DIR "/") + language;
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    EXPECT_TRUE(widget->grab().save(path)) << path.toStdString();
}

} // namespace pli::test
