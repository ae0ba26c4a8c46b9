#pragma once

#include <QList>

class QWidget;

namespace pli::ui {

// Tab order for widgets built after the window around them (message cards, attachment rows):
// Qt appends a new widget to the end of its window's focus chain, so without this Tab would
// reach them after everything below them on screen.
namespace TabOrder {

// Moves the widgets Tab can reach in each of `blocks` (the block and its descendants, in their
// current order), block after block, right after `anchor`.
void placeAfter(QWidget *anchor, const QList<QWidget *> &blocks);

} // namespace TabOrder

} // namespace pli::ui
