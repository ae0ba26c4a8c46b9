#pragma once

#include <QStyledItemDelegate>

namespace pli::ui {

// Paints a sidebar row: an account as a small caption; a persona as its e-mail address over
// its display name with the unread count in a badge on the right; address book and help with
// their icons.
class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pli::ui
