#include "TabOrder.h"

#include <QWidget>

namespace pli::ui::TabOrder {

namespace {

// `block` and its descendants that take the focus, in focus-chain order.
QList<QWidget *> focusables(QWidget *block)
{
    QList<QWidget *> out;
    if (block->focusPolicy() != Qt::NoFocus && !block->focusProxy())
        out.append(block);
    QWidget *widget = block;
    while ((widget = widget->nextInFocusChain()) != block) {
        if (block->isAncestorOf(widget) && widget->focusPolicy() != Qt::NoFocus &&
            !widget->focusProxy() && !out.contains(widget))
            out.append(widget);
    }
    return out;
}

} // namespace

void placeAfter(QWidget *anchor, const QList<QWidget *> &blocks)
{
    QWidget *previous = anchor;
    for (QWidget *block : blocks) {
        for (QWidget *widget : focusables(block)) {
            QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
    }
}

} // namespace pli::ui::TabOrder
