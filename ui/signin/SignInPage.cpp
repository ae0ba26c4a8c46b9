#include "SignInPage.h"
#include "widgets/PaletteColors.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace pli::ui {

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_inputs(new QWidget(this))
    , m_body(new QVBoxLayout(m_inputs))
    , m_error(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(QString());

    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setStyleSheet(PaletteColors::noticeStyleSheet(PaletteColors::Tone::Success, palette(),
                                                            QStringLiteral("6px")));
    m_notice->hide();
    m_body->setContentsMargins(0, 0, 0, 0);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(PaletteColors::noticeStyleSheet(PaletteColors::Tone::Error, palette(),
                                                           QStringLiteral("6px")));
    m_error->hide();
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    // Keep the page height steady: the bar's place is kept when hidden.
    QSizePolicy keep = m_busyBar->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_busyBar->setSizePolicy(keep);
    m_busyBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addSpacing(6);
    layout->addWidget(m_notice);
    layout->addWidget(m_inputs);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_busyBar);
}

void SignInPage::setBusy(bool busy)
{
    m_busy = busy;
    m_inputs->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    if (busy)
        clearError();
}

void SignInPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        QAccessibleEvent event(m_error, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void SignInPage::clearError()
{
    showError(QString());
}

QString SignInPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SignInPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        QAccessibleEvent event(m_notice, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

QString SignInPage::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

QString SignInPage::heading() const
{
    return m_heading->text();
}

void SignInPage::setHeading(const QString &text)
{
    m_heading->setText(text);
}

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pli::ui
