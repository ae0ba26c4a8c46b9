#pragma once

#include <QList>
#include <QStringList>

class QWidget;

namespace pli::test {

// What a screen reader would find missing in `root`'s widget tree: every control a person can
// reach with the keyboard (enabled, focus policy other than NoFocus, no focus proxy), shown or
// not yet shown (a page of a stack, a hidden button), must have an accessible name and
// description as QAccessible reports them (the property, a QLabel buddy, a button's text, a
// tool tip), and every cell of an item view a name from its model. Returns one line per
// offender ("QPushButton \"composeSubmit\" in ComposePane: no description"); empty when none.
QStringList accessibilityProblems(QWidget *root);

// The visible controls inside `root` in the order Tab visits them (from the first one of
// `root`'s window focus chain that is inside `root`).
QList<QWidget *> tabOrder(QWidget *root);

// Where Tab goes against the reading order inside `root` (top to bottom, left to right on a
// line): one line per backward step; empty when Tab reads like the page.
QStringList readingOrderProblems(QWidget *root);

// The visible labels and buttons inside `root` too small for their text (narrower or lower than
// their size hint; a word-wrapped label lower than its height for its width): what a larger
// system font must never cause. One line per clipped widget, with its text.
QStringList clippedTexts(QWidget *root);

} // namespace pli::test
