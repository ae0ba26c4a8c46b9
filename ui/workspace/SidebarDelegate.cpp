#include "SidebarDelegate.h"

#include "SidebarEntry.h"
#include "widgets/PaletteColors.h"

#include <QApplication>
#include <QPainter>

namespace pli::ui {

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const int kind = index.data(SidebarEntry::KindRole).toInt();
    if (kind != SidebarEntry::Persona && kind != SidebarEntry::Account) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QRect area = opt.rect.adjusted(6, 3, -8, -3);

    if (kind == SidebarEntry::Account) {
        QFont caption = opt.font;
        caption.setBold(true);
        caption.setCapitalization(QFont::AllUppercase);
        caption.setPointSizeF(caption.pointSizeF() * 0.85);
        painter->setFont(caption);
        painter->setPen(selected ? textColor : PaletteColors::mutedText(opt.palette));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(caption).elidedText(text, Qt::ElideRight, area.width()));
        painter->restore();
        return;
    }

    const int unread = index.data(SidebarEntry::UnreadRole).toInt();
    if (unread > 0) {
        QFont badgeFont = opt.font;
        badgeFont.setBold(true);
        const QString count = QLocale().toString(unread);
        const QFontMetrics bm(badgeFont);
        const int h = bm.height() + 2;
        const int w = qMax(h, bm.horizontalAdvance(count) + 10);
        const QRect badge(area.right() - w, area.center().y() - h / 2, w, h);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? QColor(Qt::white) : QColor(0xc6, 0x28, 0x28));
        painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(selected ? QColor(0xc6, 0x28, 0x28) : QColor(Qt::white));
        painter->drawText(badge, Qt::AlignCenter, count);
        area.setRight(badge.left() - 6);
    }

    const QString email = index.data(SidebarEntry::EmailRole).toString();
    const QString name = index.data(SidebarEntry::DisplayNameRole).toString();
    QFont first = opt.font;
    first.setBold(unread > 0);
    QFont second = opt.font;
    second.setPointSizeF(second.pointSizeF() * 0.9);
    const QFontMetrics fm1(first);
    const QFontMetrics fm2(second);
    const int total = fm1.height() + (name.isEmpty() ? 0 : fm2.height());
    int y = area.center().y() - total / 2;
    painter->setFont(first);
    painter->setPen(textColor);
    painter->drawText(QRect(area.left(), y, area.width(), fm1.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm1.elidedText(email, Qt::ElideMiddle, area.width()));
    if (!name.isEmpty()) {
        y += fm1.height();
        painter->setFont(second);
        QColor dim = textColor;
        if (!selected)
            dim = PaletteColors::mutedText(opt.palette);
        painter->setPen(dim);
        painter->drawText(QRect(area.left(), y, area.width(), fm2.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm2.elidedText(name, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int kind = index.data(SidebarEntry::KindRole).toInt();
    const QFontMetrics fm(option.font);
    if (kind == SidebarEntry::Persona)
        size.setHeight(fm.height() * 2 + 12);
    else if (kind == SidebarEntry::Account)
        size.setHeight(fm.height() + 14);
    else
        size.setHeight(qMax(size.height(), fm.height() + 14));
    return size;
}

} // namespace pli::ui
