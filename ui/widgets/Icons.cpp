#include "Icons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace pli::ui {

QPixmap Icons::pixmap(const QString &name, int size, qreal devicePixelRatio)
{
    QSvgRenderer renderer(QStringLiteral(":/icons/%1.svg").arg(name));
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap out(pixels, pixels);
    out.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter painter(&out);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, pixels, pixels));
    }
    out.setDevicePixelRatio(devicePixelRatio);
    return out;
}

QIcon Icons::icon(const QString &name)
{
    // Icons are requested for every table row: render each once.
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QIcon result;
    for (const int size : {16, 20, 24, 32, 48, 64})
        result.addPixmap(pixmap(name, size));
    cache.insert(name, result);
    return result;
}

} // namespace pli::ui
