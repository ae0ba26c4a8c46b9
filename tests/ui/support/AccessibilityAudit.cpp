#include "AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QWidget>

#include <algorithm>
#include <utility>

namespace pli::test {

namespace {

QString describe(const QWidget *widget)
{
    QString where;
    for (const QWidget *parent = widget->parentWidget(); parent && where.isEmpty();
         parent = parent->parentWidget())
        if (!parent->objectName().isEmpty() &&
            !parent->objectName().startsWith(QLatin1String("qt_")))
            where = parent->objectName();
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    const QPoint at = widget->mapTo(widget->window(), QPoint(0, 0));
    return QStringLiteral("%1 \"%2\" «%3» at %4,%5 in %6 (%7)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             text.left(30))
        .arg(at.x())
        .arg(at.y())
        .arg(where, QString::fromLatin1(widget->window()->metaObject()->className()));
}

bool reachable(const QWidget *widget)
{
    return widget->isEnabled() && widget->focusPolicy() != Qt::NoFocus && !widget->focusProxy();
}

// The item views' cells: their names come from the model (display or accessible text role).
void auditCells(const QAbstractItemView *view, QStringList &problems)
{
    const QAbstractItemModel *model = view->model();
    if (!model || qobject_cast<const QHeaderView *>(view))
        return;
    const int rows = qMin(model->rowCount(view->rootIndex()), 40);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
            const QModelIndex index = model->index(row, column, view->rootIndex());
            const auto *table = qobject_cast<const QTableView *>(view);
            if (table && (table->isColumnHidden(column) || table->isRowHidden(row)))
                continue;
            if (index.data(Qt::AccessibleTextRole).toString().isEmpty() &&
                index.data(Qt::DisplayRole).toString().isEmpty())
                problems << QStringLiteral("%1: cell %2,%3 has no name")
                                .arg(describe(view))
                                .arg(row)
                                .arg(column);
        }
    }
}

} // namespace

QStringList accessibilityProblems(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!reachable(widget))
            continue;
        // A label takes the focus only to let its text be selected or its links followed: its
        // text is its name, and an empty one has nothing to say.
        const auto *label = qobject_cast<const QLabel *>(widget);
        if (label && label->text().isEmpty())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible) {
            problems << describe(widget) + QStringLiteral(": no accessible interface");
            continue;
        }
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems << describe(widget) + QStringLiteral(": no name");
        if (accessible->text(QAccessible::Description).trimmed().isEmpty())
            problems << describe(widget) + QStringLiteral(": no description");
        if (const auto *view = qobject_cast<QAbstractItemView *>(widget))
            auditCells(view, problems);
    }
    return problems;
}

QList<QWidget *> tabOrder(QWidget *root)
{
    QList<QWidget *> order;
    QWidget *start = root->window();
    QWidget *widget = start;
    do {
        widget = widget->nextInFocusChain();
        const bool tabbable = (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
        if (root->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled() && tabbable &&
            !widget->focusProxy() && !order.contains(widget))
            order.append(widget);
    } while (widget != start);
    return order;
}

QStringList readingOrderProblems(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> order = tabOrder(root);
    // The chain is a circle: read it from the control nearest the top left.
    auto position = [root](const QWidget *widget) {
        const QPoint at = widget->mapTo(root->window(), QPoint(0, 0));
        return std::pair(at.y(), at.x());
    };
    const auto first =
        std::min_element(order.begin(), order.end(), [&](const QWidget *a, const QWidget *b) {
            return position(a) < position(b);
        });
    std::rotate(order.begin(), first, order.end());
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QRect a(order[i - 1]->mapTo(root->window(), QPoint(0, 0)), order[i - 1]->size());
        const QRect b(order[i]->mapTo(root->window(), QPoint(0, 0)), order[i]->size());
        // Next line: starts below the middle of the previous one. Same line: overlapping
        // vertically and to the right.
        const bool nextLine = b.top() >= a.center().y();
        const bool sameLine = b.top() < a.bottom() && b.bottom() > a.top() && b.left() >= a.left();
        if (!nextLine && !sameLine)
            problems << QStringLiteral("%1 -> %2").arg(describe(order[i - 1]), describe(order[i]));
    }
    return problems;
}

QStringList clippedTexts(QWidget *root)
{
    QStringList problems;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        QString text;
        QSize needed;
        if (const auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            text = label->text();
            needed = label->wordWrap()
                         ? QSize(0, label->heightForWidth(label->contentsRect().width() +
                                                          label->width() -
                                                          label->contentsRect().width()))
                         : label->minimumSizeHint();
        } else if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            text = button->text();
            needed = button->minimumSizeHint();
        } else {
            continue;
        }
        if (widget->width() < needed.width() || widget->height() < needed.height())
            problems << QStringLiteral("%1 \"%2\": %3x%4 < %5x%6")
                            .arg(describe(widget), text.left(40))
                            .arg(widget->width())
                            .arg(widget->height())
                            .arg(needed.width())
                            .arg(needed.height());
    }
    return problems;
}

} // namespace pli::test
