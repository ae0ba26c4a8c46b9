#include "Screenshot.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>

namespace pli::test {

QString saveScreenshot(QWidget *widget, const QString &language, const QString &name)
{
    QApplication::processEvents();
    QTest::qWait(30); // popups (menus) finish painting
    const QString dir = QStringLiteral(PLI_SCREENSHOT_DIR "/") + language;
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    const QPixmap picture = widget->grab();
    EXPECT_FALSE(picture.isNull()) << name.toStdString();
    EXPECT_TRUE(picture.save(path)) << path.toStdString();
    // Not blank: a grabbed window shows more than a couple of colours.
    const QImage image = picture.toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 3) << name.toStdString();
    return path;
}

} // namespace pli::test
