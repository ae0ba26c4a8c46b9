#include "UnreadBadge.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace pli::ui {

QString UnreadBadge::text(int unread)
{
    if (unread <= 0)
        return {};
    return unread > 99 ? QStringLiteral("99+") : QString::number(unread);
}

QPixmap UnreadBadge::pixmap(const QIcon &base, int unread, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    base.paint(&painter, QRect(0, 0, size, size));
    const QString label = text(unread);
    if (label.isEmpty())
        return pixmap;

    // Over half the icon, so that the count reads at 16 px; wider for "99+".
    const qreal height = size * 0.58;
    const qreal width = label.size() > 1 ? height * (0.55 + 0.3 * label.size()) : height;
    const QRectF disc(size - width, 0, width, height);
    QPainterPath outline;
    outline.addRoundedRect(disc, height / 2, height / 2);
    painter.fillPath(outline, QColor(0xd9, 0x30, 0x25));
    painter.setPen(QPen(Qt::white, qMax(1.0, size / 32.0)));
    painter.drawPath(outline);

    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(height * (label.size() > 2 ? 0.58 : 0.72))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(disc, Qt::AlignCenter, label);
    return pixmap;
}

QIcon UnreadBadge::icon(const QIcon &base, int unread)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(pixmap(base, unread, size));
    return icon;
}

} // namespace pli::ui
