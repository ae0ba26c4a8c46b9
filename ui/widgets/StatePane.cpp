#include "StatePane.h"

#include "Icons.h"
#include "PaletteColors.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pli::ui {

StatePane::StatePane(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_icon, m_title, m_detail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    // The palette's placeholder colour is too faint to read (WCAG 4.5:1).
    m_detail->setStyleSheet(PaletteColors::mutedStyleSheet(palette()));
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(240);
    m_busy->setTextVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_retry, &QPushButton::clicked, this, &StatePane::retryRequested);
    m_retry->setText(tr("Try again"));
    m_retry->setAccessibleDescription(tr("Ask the server again"));
    showEmpty(QString());
}

void StatePane::showLoading(const QString &text)
{
    m_kind = Kind::Loading;
    m_icon->clear();
    m_icon->hide();
    m_title->setText(text);
    m_detail->clear();
    m_detail->hide();
    m_busy->show();
    m_retry->hide();
}

void StatePane::showEmpty(const QString &title, const QString &detail)
{
    m_kind = Kind::Empty;
    m_icon->setPixmap(Icons::pixmap(QStringLiteral("envelope-open"), 48, devicePixelRatioF()));
    m_icon->show();
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setAccessibleDescription(title); // what the detail explains
    m_detail->setVisible(!detail.isEmpty());
    m_busy->hide();
    m_retry->hide();
}

void StatePane::showError(const QString &title, const QString &detail)
{
    m_kind = Kind::Error;
    m_icon->setPixmap(Icons::pixmap(QStringLiteral("warning"), 48, devicePixelRatioF()));
    m_icon->show();
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setAccessibleDescription(title); // what the detail explains
    m_detail->setVisible(!detail.isEmpty());
    m_busy->hide();
    m_retry->show();
}

QString StatePane::title() const
{
    return m_title->text();
}

QString StatePane::detail() const
{
    return m_detail->text();
}

void StatePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_retry->setText(tr("Try again"));
        m_retry->setAccessibleDescription(tr("Ask the server again"));
    }
    QWidget::changeEvent(event);
}

} // namespace pli::ui
