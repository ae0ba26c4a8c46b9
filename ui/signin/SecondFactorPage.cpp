#include "SecondFactorPage.h"

#include "CodeEdit.h"
#include "widgets/PaletteColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pli::ui {

SecondFactorPage::SecondFactorPage(QWidget *parent)
    : SignInPage(parent)
    , m_instructions(new QLabel(inputs()))
    , m_code(new CodeEdit(inputs()))
    , m_verify(new QPushButton(inputs()))
    , m_email(new QPushButton(inputs()))
    , m_cooldownLine(new QLabel(inputs()))
    , m_useApp(new QPushButton(inputs()))
    , m_back(new QPushButton(inputs()))
    , m_timer(new QTimer(this))
{
    m_instructions->setWordWrap(true);
    m_cooldownLine->setWordWrap(true);
    // The palette's placeholder colour is too faint to read (WCAG 4.5:1).
    m_cooldownLine->setStyleSheet(PaletteColors::mutedStyleSheet(palette()));
    m_verify->setDefault(true);
    m_verify->setAutoDefault(true);
    m_email->setAutoDefault(false);
    m_useApp->setFlat(true);
    m_useApp->setAutoDefault(false);
    m_timer->setInterval(1000);

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_verify);
    codeRow->addStretch(1);
    body()->addWidget(m_instructions);
    body()->addSpacing(4);
    body()->addLayout(codeRow);
    body()->addSpacing(12);
    body()->addWidget(m_email, 0, Qt::AlignLeft);
    body()->addWidget(m_cooldownLine);
    body()->addWidget(m_useApp, 0, Qt::AlignLeft);
    body()->addSpacing(12);
    body()->addWidget(m_back, 0, Qt::AlignLeft);

    connect(m_verify, &QPushButton::clicked, this, &SecondFactorPage::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &SecondFactorPage::submit);
    connect(m_code, &QLineEdit::textChanged, this, &SecondFactorPage::updateButtons);
    connect(m_email, &QPushButton::clicked, this, &SecondFactorPage::emailCodeRequested);
    connect(m_useApp, &QPushButton::clicked, this, [this] {
        m_method = QStringLiteral("totp");
        m_code->clear();
        clearError();
        retranslate();
        updateButtons();
        m_code->setFocus();
    });
    connect(m_back, &QPushButton::clicked, this, &SecondFactorPage::cancelRequested);
    connect(m_timer, &QTimer::timeout, this, &SecondFactorPage::tick);
    retranslate();
    updateButtons();
}

void SecondFactorPage::reset(const QStringList &methods)
{
    m_methods = methods;
    m_method = methods.contains(QStringLiteral("totp")) || methods.isEmpty()
                   ? QStringLiteral("totp")
                   : QStringLiteral("email");
    m_code->clear();
    m_cooldown = 0;
    m_timer->stop();
    clearError();
    retranslate();
    updateButtons();
    m_code->setFocus();
}

void SecondFactorPage::setEmailSent(int cooldownSeconds)
{
    m_method = QStringLiteral("email");
    m_code->clear();
    startCooldown(cooldownSeconds);
    retranslate();
    m_code->setFocus();
}

void SecondFactorPage::startCooldown(int seconds)
{
    m_cooldown = qMax(0, seconds);
    if (m_cooldown > 0)
        m_timer->start();
    retranslate();
    updateButtons();
}

void SecondFactorPage::tick()
{
    if (--m_cooldown <= 0) {
        m_cooldown = 0;
        m_timer->stop();
    }
    retranslate();
    updateButtons();
}

void SecondFactorPage::submit()
{
    if (!m_code->isComplete() || isBusy())
        return;
    Q_EMIT codeSubmitted(m_method, m_code->code());
}

void SecondFactorPage::updateButtons()
{
    m_verify->setEnabled(m_code->isComplete());
    const bool emailOffered = m_methods.isEmpty() || m_methods.contains(QStringLiteral("email"));
    m_email->setVisible(emailOffered);
    m_email->setEnabled(m_cooldown == 0);
    m_cooldownLine->setVisible(emailOffered && m_cooldown > 0);
    m_useApp->setVisible(m_method == QStringLiteral("email") &&
                         (m_methods.isEmpty() || m_methods.contains(QStringLiteral("totp"))));
}

void SecondFactorPage::retranslate()
{
    setHeading(tr("Confirm it is you"));
    if (m_method == QStringLiteral("email")) {
        m_instructions->setText(tr("We sent a 6-digit code to the e-mail address of your "
                                   "account. Enter it below; it is valid for 10 minutes."));
        m_email->setText(tr("Send me another code"));
    } else {
        m_instructions->setText(
            tr("Open the authenticator app on your phone and enter the 6-digit code it shows "
               "for Pli."));
        m_email->setText(tr("Send me a code by e-mail"));
    }
    m_code->setAccessibleName(tr("6-digit code"));
    m_verify->setText(tr("&Verify"));
    //: Shown under "Send me a code by e-mail" while another one cannot be asked for yet
    m_cooldownLine->setText(
        tr("You can ask for another code in %n second(s).", nullptr, m_cooldown));
    m_useApp->setText(tr("Use my authenticator app instead"));
    m_back->setText(tr("Back to sign-in"));
    m_code->setAccessibleDescription(m_method == QStringLiteral("email")
                                         ? tr("The code of the e-mail we sent you")
                                         : tr("The code your authenticator app shows for Pli"));
    m_verify->setAccessibleDescription(tr("Check the code and finish signing in"));
    m_email->setAccessibleDescription(
        tr("Receive a 6-digit code at the e-mail address of your account"));
    m_useApp->setAccessibleDescription(tr("Enter the code of your authenticator app instead"));
    m_back->setAccessibleDescription(
        tr("Leave this page and go back to the username and password"));
}

} // namespace pli::ui
