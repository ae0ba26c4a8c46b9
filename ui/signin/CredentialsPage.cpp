#include "CredentialsPage.h"
#include "widgets/PaletteColors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace pli::ui {

CredentialsPage::CredentialsPage(QWidget *parent)
    : SignInPage(parent)
    , m_form(new QFormLayout)
    , m_advanced(new QToolButton(inputs()))
    , m_serverLabel(new QLabel(inputs()))
    , m_server(new QLineEdit(inputs()))
    , m_usernameLabel(new QLabel(inputs()))
    , m_username(new QLineEdit(inputs()))
    , m_remember(new QCheckBox(inputs()))
    , m_passwordLabel(new QLabel(inputs()))
    , m_password(new QLineEdit(inputs()))
    , m_stay(new QCheckBox(inputs()))
    , m_keychainLine(new QLabel(inputs()))
    , m_signIn(new QPushButton(inputs()))
    , m_cancel(new QPushButton(inputs()))
    , m_forgot(new QLabel(inputs()))
    , m_emailHint(new QLabel(inputs()))
    , m_otherWay(new QPushButton(inputs()))
{
    m_advanced->setCheckable(true);
    m_advanced->setAutoRaise(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_serverLabel->setBuddy(m_server);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_usernameLabel->setBuddy(m_username);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_keychainLine->setWordWrap(true);
    // The palette's placeholder colour is too faint to read (WCAG 4.5:1).
    m_keychainLine->setStyleSheet(PaletteColors::mutedStyleSheet(palette()));
    m_keychainLine->hide();
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_cancel->hide();
    m_forgot->setTextFormat(Qt::RichText);
    m_forgot->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);

    m_emailHint->setWordWrap(true);
    m_otherWay->setFlat(true);
    m_otherWay->setAutoDefault(false);
    m_otherWay->setCursor(Qt::PointingHandCursor);
    // Looks like the "Forgot…" link beside it (a link that is a button, so that Tab and
    // Space reach it like any other control).
    m_otherWay->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); "
                                             "text-decoration: underline; border: none; "
                                             "text-align: left; padding: 2px 0px; }"));
    auto *form = m_form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(QString(), m_remember);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_stay);
    body()->addLayout(form);
    body()->addWidget(m_emailHint);
    body()->addWidget(m_keychainLine);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_forgot, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);
    body()->addSpacing(8);
    body()->addLayout(buttons);
    body()->addSpacing(4);
    body()->addWidget(m_otherWay, 0, Qt::AlignLeft);
    body()->addWidget(m_advanced, 0, Qt::AlignLeft);
    // Tab reads the page from top to bottom: the advanced toggle, built first, comes last.
    QWidget *previous = m_server;
    for (QWidget *next : {static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_remember),
                          static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_stay),
                          static_cast<QWidget *>(m_forgot), static_cast<QWidget *>(m_cancel),
                          static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_otherWay),
                          static_cast<QWidget *>(m_advanced)}) {
        setTabOrder(previous, next);
        previous = next;
    }
    // The advanced toggle sits under the buttons, out of the way of the usual path; the
    // server row above it shows when it is open.
    auto showServer = [this, form](bool show) {
        form->setRowVisible(m_server, show);
        m_advanced->setArrowType(show ? Qt::DownArrow : Qt::RightArrow);
    };
    connect(m_advanced, &QToolButton::toggled, this, showServer);
    showServer(false);

    connect(m_signIn, &QPushButton::clicked, this, &CredentialsPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &CredentialsPage::submit);
    connect(m_username, &QLineEdit::returnPressed, this, [this] {
        if (!m_emailCode && m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_cancel, &QPushButton::clicked, this, &CredentialsPage::cancelRequested);
    connect(m_otherWay, &QPushButton::clicked, this, [this] {
        setEmailCodeSignIn(!m_emailCode);
        clearError();
        focusFirstEmpty();
    });
    connect(m_forgot, &QLabel::linkActivated, this, &CredentialsPage::forgotRequested);
    for (QLineEdit *edit : {m_server, m_username, m_password})
        connect(edit, &QLineEdit::textChanged, this, &CredentialsPage::updateSignInEnabled);
    showWay();
    retranslate();
    updateSignInEnabled();
}

void CredentialsPage::setServer(const QString &server, bool configured)
{
    m_server->setText(server);
    // No server yet: the field is part of the form; otherwise it waits behind "Advanced".
    m_advanced->setVisible(configured);
    m_advanced->setChecked(!configured);
}

QString CredentialsPage::server() const
{
    return m_server->text().trimmed();
}

void CredentialsPage::setUsername(const QString &username)
{
    m_username->setText(username);
}

QString CredentialsPage::username() const
{
    return m_username->text().trimmed();
}

QString CredentialsPage::password() const
{
    return m_password->text();
}

void CredentialsPage::setEmailCodeSignIn(bool emailCode)
{
    if (m_emailCode == emailCode)
        return;
    m_emailCode = emailCode;
    m_password->clear(); // a password typed for the other way is not kept around
    showWay();
    retranslate();
    updateSignInEnabled();
}

void CredentialsPage::showWay()
{
    m_form->setRowVisible(m_password, !m_emailCode);
    m_emailHint->setVisible(m_emailCode);
}

void CredentialsPage::clearPassword()
{
    m_password->clear();
}

void CredentialsPage::setRememberUsername(bool remember)
{
    m_remember->setChecked(remember);
}

bool CredentialsPage::rememberUsername() const
{
    return m_remember->isChecked();
}

void CredentialsPage::setStaySignedIn(bool stay)
{
    m_stay->setChecked(stay && m_keychainAvailable);
}

bool CredentialsPage::staySignedIn() const
{
    return m_keychainAvailable && m_stay->isChecked();
}

void CredentialsPage::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    m_stay->setEnabled(available);
    if (!available)
        m_stay->setChecked(false);
    m_keychainLine->setVisible(!available);
}

void CredentialsPage::setCancellable(bool cancellable)
{
    m_cancellable = cancellable;
    m_cancel->setVisible(cancellable);
}

void CredentialsPage::focusFirstEmpty()
{
    if (m_server->isVisibleTo(this) && m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_username->text().isEmpty() || m_emailCode)
        m_username->setFocus();
    else
        m_password->setFocus();
}

void CredentialsPage::submit()
{
    if (!m_signIn->isEnabled() || isBusy())
        return;
    Q_EMIT signInRequested();
}

void CredentialsPage::updateSignInEnabled()
{
    m_signIn->setEnabled(!server().isEmpty() && !username().isEmpty() &&
                         (m_emailCode || !m_password->text().isEmpty()));
}

void CredentialsPage::retranslate()
{
    //: Heading of the sign-in window (the portal's "Ouvrir une session")
    setHeading(tr("Sign in"));
    m_advanced->setText(tr("Advanced"));
    m_advanced->setToolTip(tr("Choose the server to connect to"));
    m_serverLabel->setText(tr("&Server"));
    m_server->setPlaceholderText(tr("e.g. connect.example.org"));
    m_usernameLabel->setText(m_emailCode ? tr("&E-mail address or username") : tr("&Username"));
    //: Keeps the username for the next sign-in (the portal's "Mémoriser mes coordonnées")
    m_remember->setText(tr("&Remember me"));
    m_remember->setToolTip(tr("Fill in this username next time. Your password is never kept."));
    m_passwordLabel->setText(tr("&Password"));
    m_stay->setText(tr("S&tay signed in"));
    m_stay->setToolTip(tr("Keep this account signed in on this computer, in the system's "
                          "keychain. Anyone using your session on this computer could read "
                          "your conversations."));
    m_keychainLine->setText(
        tr("This computer has no keychain Pli can use, so it cannot keep you signed in: you "
           "will be asked to sign in again next time. Nothing is stored unprotected."));
    //: Button of the sign-in window
    const QString signIn = tr("Sign &in");
    //: Button of the sign-in window when no password is used: the code is e-mailed
    const QString sendCode = tr("Send me a &code");
    m_signIn->setText(m_emailCode ? sendCode : signIn);
    m_emailHint->setText(tr("No password needed: Pli e-mails you a one-time code, every time "
                            "you sign in, and you type it on the next page."));
    //: The second way in of the sign-in window, for participants without a password
    const QString emailWay = tr("Sign in with a code sent by e-mail");
    const QString passwordWay = tr("Sign in with a password instead");
    m_otherWay->setText(m_emailCode ? passwordWay : emailWay);
    m_cancel->setText(tr("Cancel"));
    m_forgot->setText(QStringLiteral("<a href=\"#forgot\">%1</a>")
                          .arg(tr("Forgot your username or password?").toHtmlEscaped()));
    m_server->setAccessibleDescription(tr("The address of the Pli server of your organization"));
    m_username->setAccessibleDescription(tr("The username of your invitation e-mail"));
    m_password->setAccessibleDescription(tr("Your password; it is never kept on this computer"));
    m_keychainLine->setAccessibleDescription(tr("Why you cannot stay signed in"));
    m_signIn->setAccessibleDescription(
        m_emailCode ? tr("Ask for a one-time code sent to your e-mail address")
                    : tr("Sign in with this username and password"));
    m_otherWay->setAccessibleDescription(
        m_emailCode ? tr("Sign in with your username and password")
                    : tr("Sign in without a password: a one-time code is e-mailed to you"));
    m_cancel->setAccessibleDescription(tr("Close this window without signing in"));
    m_forgot->setAccessibleName(tr("Forgot your username or password?"));
    m_forgot->setAccessibleDescription(tr("Receive an e-mail to choose a new password"));
}

} // namespace pli::ui
