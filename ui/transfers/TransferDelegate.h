#pragma once

#include <QStyledItemDelegate>

namespace pli::ui {

// Paints one transfer of TransferListModel: direction, name, a progress bar, and "12.3 MB of
// 40 MB – 2.1 MB/s – 13 s left", or the state (paused, done, failed with its reason).
class TransferDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The second line of a row, also used for the accessible text and the tests.
    static QString detailText(const QModelIndex &index);
};

} // namespace pli::ui
