#include "PaginationBar.h"

#include "api/ConversationPageSize.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace pli::ui {

namespace {

QToolButton *makeButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PaginationBar::PaginationBar(QWidget *parent)
    : QWidget(parent)
    , m_showBefore(new QLabel(this))
    , m_perPage(new QComboBox(this))
    , m_showAfter(new QLabel(this))
    , m_position(new QLabel(this))
    , m_first(makeButton(this))
    , m_previous(makeButton(this))
    , m_next(makeButton(this))
    , m_last(makeButton(this))
{
    for (const int n : ConversationPageSize::choices)
        m_perPage->addItem(QString::number(n), n);
    m_showBefore->setBuddy(m_perPage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_showBefore);
    layout->addWidget(m_perPage);
    layout->addWidget(m_showAfter);
    layout->addStretch(1);
    layout->addWidget(m_position);
    layout->addSpacing(12);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_last);

    connect(m_perPage, &QComboBox::activated, this, [this] { Q_EMIT perPageChanged(perPage()); });
    connect(m_first, &QToolButton::clicked, this, [this] { Q_EMIT pageRequested(1); });
    connect(m_previous, &QToolButton::clicked, this, [this] { Q_EMIT pageRequested(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { Q_EMIT pageRequested(m_page + 1); });
    connect(m_last, &QToolButton::clicked, this, [this] { Q_EMIT pageRequested(m_pages); });
    // Keyboard paging from anywhere in the window; the table keeps Ctrl+Home/End for rows.
    m_first->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_last->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    retranslate();
    updateButtons();
}

void PaginationBar::setPosition(int page, int pages)
{
    m_pages = qMax(1, pages);
    m_page = qBound(1, page, m_pages);
    retranslate();
    updateButtons();
}

void PaginationBar::setPerPage(int perPage)
{
    const int index = m_perPage->findData(perPage);
    if (index >= 0)
        m_perPage->setCurrentIndex(index);
}

int PaginationBar::perPage() const
{
    return m_perPage->currentData().toInt();
}

void PaginationBar::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void PaginationBar::updateButtons()
{
    const bool back = !m_busy && m_page > 1;
    const bool forward = !m_busy && m_page < m_pages;
    m_first->setEnabled(back);
    m_previous->setEnabled(back);
    m_next->setEnabled(forward);
    m_last->setEnabled(forward);
}

void PaginationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PaginationBar::retranslate()
{
    //: The pagination bar's sentence around the 10/20/30 choice; %1 is where the choice goes
    const QString sentence = tr("Show %1 conversations per page");
    const qsizetype at = sentence.indexOf(QStringLiteral("%1"));
    m_showBefore->setText(sentence.left(at).trimmed());
    m_showAfter->setText(at < 0 ? QString() : sentence.mid(at + 2).trimmed());
    m_perPage->setAccessibleName(sentence.arg(perPage()));
    //: Pagination: "Page 1 of 3"
    m_position->setText(
        tr("Page %1 of %2").arg(QLocale().toString(m_page), QLocale().toString(m_pages)));
    //: Pagination button: go to the first page
    m_first->setText(tr("First"));
    //: Pagination button: go to the previous page
    m_previous->setText(tr("Previous"));
    //: Pagination button: go to the next page
    m_next->setText(tr("Next"));
    //: Pagination button: go to the last page
    m_last->setText(tr("Last"));
    for (QToolButton *button : {m_first, m_previous, m_next, m_last}) {
        //: Tooltip of a pagination button: "Next (Ctrl+PgDown)"
        button->setToolTip(tr("%1 (%2)").arg(
            button->text(), button->shortcut().toString(QKeySequence::NativeText)));
    }
    m_perPage->setAccessibleDescription(tr("How many conversations each page shows"));
}

} // namespace pli::ui
