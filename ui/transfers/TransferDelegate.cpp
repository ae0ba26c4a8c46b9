#include "TransferDelegate.h"

#include "models/TransferListModel.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace pli::ui {

namespace {
using State = TransferRecord::State;

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

QString TransferDelegate::detailText(const QModelIndex &index)
{
    const auto state = State(index.data(TransferListModel::StateRole).toInt());
    const qint64 done = index.data(TransferListModel::BytesDoneRole).toLongLong();
    const qint64 total = index.data(TransferListModel::BytesTotalRole).toLongLong();
    const QString amount = total >= 0 ? tr("%1 of %2").arg(size(done), size(total)) : size(done);
    switch (state) {
    case State::Queued:
        return tr("Waiting…");
    case State::Running: {
        QString text = amount;
        const double speed = index.data(TransferListModel::SpeedRole).toDouble();
        if (speed > 0)
            text += QStringLiteral(" – ") + tr("%1/s").arg(size(qint64(speed)));
        const int eta = index.data(TransferListModel::EtaRole).toInt();
        if (eta >= 0)
            text += QStringLiteral(" – ") + tr("%n second(s) left", nullptr, eta);
        return text;
    }
    case State::Paused:
        return tr("Paused at %1").arg(amount);
    case State::Completed:
        return tr("Done – %1").arg(size(total >= 0 ? total : done));
    case State::Failed:
        return tr("Failed: %1").arg(index.data(TransferListModel::ErrorRole).toString());
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void TransferDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect r = option.rect.adjusted(6, 4, -6, -4);
    const bool upload =
        index.data(TransferListModel::KindRole).toInt() == int(TransferRecord::Kind::Upload);
    const QPixmap icon =
        Icons::pixmap(upload ? QStringLiteral("attach") : QStringLiteral("download"), 24,
                      painter->device()->devicePixelRatioF());
    painter->drawPixmap(r.left(), r.top() + 4, 24, 24, icon);
    const int left = r.left() + 32;
    const int lineHeight = opt.fontMetrics.height();
    painter->save();
    if (opt.state & QStyle::State_Selected)
        painter->setPen(opt.palette.color(QPalette::HighlightedText));
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(
        QRect(left, r.top(), r.right() - left, lineHeight), Qt::AlignLeft,
        QFontMetrics(bold).elidedText(index.data(TransferListModel::NameRole).toString(),
                                      Qt::ElideMiddle, r.right() - left));
    painter->setFont(opt.font);
    QStyleOptionProgressBar bar;
    bar.rect = QRect(left, r.top() + lineHeight + 3, r.right() - left, 8);
    bar.minimum = 0;
    bar.maximum = 1000;
    const double progress = index.data(TransferListModel::ProgressRole).toDouble();
    bar.progress = progress < 0 ? 0 : int(progress * 1000);
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    bar.textVisible = false;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
    painter->drawText(
        QRect(left, r.top() + lineHeight + 14, r.right() - left, lineHeight), Qt::AlignLeft,
        opt.fontMetrics.elidedText(detailText(index), Qt::ElideRight, r.right() - left));
    painter->restore();
}

QSize TransferDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(300, option.fontMetrics.height() * 2 + 26);
}

} // namespace pli::ui
