#include "EnrollmentPage.h"

#include "CodeEdit.h"
#include "widgets/PaletteColors.h"
#include "widgets/QrCodeWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pli::ui {

EnrollmentPage::EnrollmentPage(QWidget *parent)
    : SignInPage(parent)
    , m_states(new QStackedWidget(inputs()))
    , m_stepInstall(new QLabel)
    , m_stepScan(new QLabel)
    , m_qr(new QrCodeWidget)
    , m_cantScan(new QLabel)
    , m_manual(new QWidget)
    , m_manualIntro(new QLabel)
    , m_key(new QLabel)
    , m_copy(new QPushButton)
    , m_stepCode(new QLabel)
    , m_code(new CodeEdit)
    , m_deviceLabel(new QLabel)
    , m_deviceName(new QLineEdit)
    , m_clockNote(new QLabel)
    , m_timeLeft(new QLabel)
    , m_finish(new QPushButton)
    , m_back(new QPushButton)
    , m_expiredText(new QLabel)
    , m_restart(new QPushButton)
    , m_expiredBack(new QPushButton)
    , m_timer(new QTimer(this))
{
    for (QLabel *label :
         {m_stepInstall, m_stepScan, m_manualIntro, m_stepCode, m_clockNote, m_expiredText})
        label->setWordWrap(true);
    m_cantScan->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.25);
    keyFont.setBold(true);
    m_key->setFont(keyFont);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A 32-character key does not fit beside the QR code on one line: wrap between groups.
    m_key->setWordWrap(true);
    m_clockNote->setStyleSheet(PaletteColors::noticeStyleSheet(PaletteColors::Tone::Warning,
                                                               palette(), QStringLiteral("6px")));
    // The palette's placeholder colour is too faint to read (WCAG 4.5:1).
    m_timeLeft->setStyleSheet(PaletteColors::mutedStyleSheet(palette()));
    m_finish->setDefault(true);
    m_finish->setAutoDefault(true);
    m_deviceLabel->setBuddy(m_deviceName);
    m_deviceName->setMaxLength(60);

    // Set-up state: the steps beside the QR code.
    auto *setup = new QWidget;
    auto *manualLayout = new QVBoxLayout(m_manual);
    manualLayout->setContentsMargins(0, 0, 0, 0);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_copy, 0, Qt::AlignTop);
    manualLayout->addWidget(m_manualIntro);
    manualLayout->addLayout(keyRow);
    m_manual->hide();

    auto *steps = new QVBoxLayout;
    steps->addWidget(m_stepInstall);
    steps->addWidget(m_stepScan);
    steps->addWidget(m_cantScan);
    steps->addWidget(m_manual);
    steps->addSpacing(6);
    steps->addWidget(m_stepCode);
    auto *form = new QFormLayout;
    form->addRow(m_code);
    form->addRow(m_deviceLabel, m_deviceName);
    steps->addLayout(form);
    steps->addStretch(1);

    auto *grid = new QGridLayout(setup);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_qr, 0, 0, Qt::AlignTop);
    grid->addLayout(steps, 0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_clockNote, 1, 0, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_timeLeft);
    buttons->addWidget(m_finish);
    grid->addLayout(buttons, 2, 0, 1, 2);

    // Expired state.
    auto *expired = new QWidget;
    auto *expiredLayout = new QVBoxLayout(expired);
    expiredLayout->setContentsMargins(0, 0, 0, 0);
    expiredLayout->addWidget(m_expiredText);
    auto *expiredButtons = new QHBoxLayout;
    expiredButtons->addWidget(m_expiredBack);
    expiredButtons->addStretch(1);
    expiredButtons->addWidget(m_restart);
    expiredLayout->addLayout(expiredButtons);
    expiredLayout->addStretch(1);

    m_states->addWidget(setup);
    m_states->addWidget(expired);
    body()->addWidget(m_states);

    connect(m_cantScan, &QLabel::linkActivated, this, [this] {
        m_manual->setVisible(!m_manual->isVisible());
        retranslate();
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_secret); });
    connect(m_code, &QLineEdit::textChanged, this, &EnrollmentPage::updateButtons);
    connect(m_deviceName, &QLineEdit::textChanged, this, &EnrollmentPage::updateButtons);
    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        if (m_deviceName->text().trimmed().isEmpty())
            m_deviceName->setFocus();
        else
            submit();
    });
    connect(m_deviceName, &QLineEdit::returnPressed, this, &EnrollmentPage::submit);
    connect(m_finish, &QPushButton::clicked, this, &EnrollmentPage::submit);
    connect(m_restart, &QPushButton::clicked, this, &EnrollmentPage::restartRequested);
    connect(m_back, &QPushButton::clicked, this, &EnrollmentPage::cancelRequested);
    connect(m_expiredBack, &QPushButton::clicked, this, &EnrollmentPage::cancelRequested);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &EnrollmentPage::tick);
    retranslate();
    updateButtons();
}

QString EnrollmentPage::groupInFours(const QString &secret)
{
    QString compact = secret;
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char('='));
    QString out;
    for (qsizetype i = 0; i < compact.size(); i += 4) {
        if (!out.isEmpty())
            out.append(QLatin1Char(' '));
        out.append(compact.mid(i, 4).toUpper());
    }
    return out;
}

void EnrollmentPage::start(const QString &otpauthUri, const QString &secret, int expiresInSeconds)
{
    m_secret = secret;
    m_qr->setPayload(otpauthUri);
    m_key->setText(groupInFours(secret));
    m_manual->hide();
    m_code->clear();
    if (m_deviceName->text().isEmpty())
        m_deviceName->setText(tr("My phone"));
    m_deadline = QDeadlineTimer(qMax(0, expiresInSeconds) * 1000LL);
    m_timer->start();
    m_states->setCurrentIndex(0);
    clearError();
    retranslate();
    updateButtons();
    m_code->setFocus();
}

void EnrollmentPage::showExpired()
{
    m_timer->stop();
    m_states->setCurrentIndex(1);
    clearError();
    retranslate();
    m_restart->setFocus();
}

bool EnrollmentPage::isExpired() const
{
    return m_states->currentIndex() == 1;
}

void EnrollmentPage::tick()
{
    // The server decides expiry; the countdown only tells how long remains. At zero the next
    // attempt gets the server's answer, which shows the expired state.
    if (m_deadline.hasExpired()) {
        m_timer->stop();
        showExpired();
        return;
    }
    retranslate();
}

void EnrollmentPage::submit()
{
    if (!m_finish->isEnabled() || isBusy())
        return;
    Q_EMIT enrollmentSubmitted(m_code->code(), m_deviceName->text().trimmed());
}

void EnrollmentPage::updateButtons()
{
    m_finish->setEnabled(m_code->isComplete() && !m_deviceName->text().trimmed().isEmpty());
}

void EnrollmentPage::retranslate()
{
    setHeading(tr("Set up your authenticator app"));
    m_stepInstall->setText(tr("1. On your phone, install an authenticator app (for example "
                              "Google Authenticator or Microsoft Authenticator) and add an "
                              "account in it."));
    m_stepScan->setText(tr("2. Scan this QR code with the app."));
    m_cantScan->setText(
        QStringLiteral("<a href=\"#manual\">%1</a>")
            .arg((m_manual->isVisible() ? tr("Hide the key") : tr("Can't scan the image?"))
                     .toHtmlEscaped()));
    m_manualIntro->setText(
        tr("In the app, choose to enter a key manually, then type this key (time-based):"));
    m_key->setAccessibleName(tr("Key for manual entry"));
    m_copy->setText(tr("Copy"));
    m_stepCode->setText(tr("3. Enter the 6-digit code the app now shows, and name this phone."));
    m_code->setAccessibleName(tr("First code from the app"));
    m_deviceLabel->setText(tr("&Device name"));
    m_deviceName->setPlaceholderText(tr("e.g. My iPhone"));
    m_clockNote->setText(tr("The clocks of this computer and of your phone must agree (set both "
                            "to set the time automatically), or the codes will be refused."));
    const int left = int(m_deadline.remainingTime() / 1000);
    //: Countdown on the authenticator set-up page; %1 is minutes:seconds
    m_timeLeft->setText(
        tr("Time left: %1")
            .arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))));
    m_finish->setText(tr("&Finish set-up"));
    m_back->setText(tr("Back to sign-in"));
    m_expiredText->setText(
        tr("The set-up took too long and has expired: for your security, the QR code is only "
           "valid for a few minutes. Start again to get a new code; remove the old Pli entry "
           "from your app if you had already added it."));
    m_restart->setText(tr("&Start again"));
    m_expiredBack->setText(tr("Back to sign-in"));
    m_cantScan->setAccessibleName(m_manual->isVisible() ? tr("Hide the key")
                                                        : tr("Can't scan the image?"));
    m_cantScan->setAccessibleDescription(tr("Show or hide the key to type into the app instead"));
    m_key->setAccessibleDescription(tr("Type this key into your authenticator app"));
    m_copy->setAccessibleDescription(tr("Copy the key to the clipboard"));
    m_code->setAccessibleDescription(tr("The 6-digit code your authenticator app shows now"));
    m_deviceName->setAccessibleDescription(tr("A name to recognize this phone later"));
    m_finish->setAccessibleDescription(tr("Check the code and finish setting up the app"));
    m_back->setAccessibleDescription(
        tr("Leave this page and go back to the username and password"));
    m_restart->setAccessibleDescription(tr("Get a new QR code to set up the app"));
    m_expiredBack->setAccessibleDescription(
        tr("Leave this page and go back to the username and password"));
}

} // namespace pli::ui
