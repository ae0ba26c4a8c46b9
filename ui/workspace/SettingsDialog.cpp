#include "SettingsDialog.h"

#include "api/ConversationPageSize.h"

#include "conversation/DownloadPreferences.h"
#include "i18n/Translations.h"
#include "notify/NotificationPreferences.h"
#include "tray/BackgroundPreference.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pli::ui {

SettingsDialog::SettingsDialog(const QLocale &language, int perPage,
                               const QList<AccountEntry> &accounts, bool trayAvailable,
                               QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_perPage(new QComboBox(this))
    , m_askWhereToSave(new QCheckBox(this))
    , m_downloadsNote(new QLabel(this))
    , m_keepRunning(new QCheckBox(this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("language"));
    m_perPage->setObjectName(QStringLiteral("perPage"));
    for (const QLocale &locale : Translations::available()) {
        QString name = locale.nativeLanguageName();
        name[0] = name[0].toUpper();
        m_language->addItem(name, locale.name());
        if (locale.language() == language.language())
            m_language->setCurrentIndex(m_language->count() - 1);
    }
    for (const int n : ConversationPageSize::choices) {
        m_perPage->addItem(QLocale().toString(n), n);
        if (n == perPage)
            m_perPage->setCurrentIndex(m_perPage->count() - 1);
    }
    m_askWhereToSave->setObjectName(QStringLiteral("askWhereToSave"));
    m_askWhereToSave->setText(tr("&Ask where to save each file"));
    m_askWhereToSave->setChecked(DownloadPreferences::askWhereToSave());
    m_downloadsNote->setObjectName(QStringLiteral("downloadsNote"));
    m_downloadsNote->setTextFormat(Qt::PlainText);
    m_downloadsNote->setWordWrap(true);
    m_downloadsNote->setStyleSheet(QStringLiteral("color: #5b6470;"));
    connect(m_askWhereToSave, &QCheckBox::toggled, this, &SettingsDialog::updateDownloadsNote);
    updateDownloadsNote();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Conversations per page"), m_perPage);
    //: Settings row for the attachments a person downloads from a conversation.
    form->addRow(tr("Downloads"), m_askWhereToSave);
    form->addRow(QString(), m_downloadsNote);

    m_keepRunning->setObjectName(QStringLiteral("keepRunning"));
    m_keepRunning->setText(tr("&Keep running in the background"));
    m_keepRunning->setChecked(trayAvailable && BackgroundPreference::keepRunning().value_or(false));
    m_keepRunning->setEnabled(trayAvailable);
    m_keepRunningShown = m_keepRunning->isChecked();
    auto *backgroundNote = new QLabel(this);
    backgroundNote->setObjectName(QStringLiteral("backgroundNote"));
    backgroundNote->setTextFormat(Qt::PlainText);
    backgroundNote->setWordWrap(true);
    backgroundNote->setStyleSheet(QStringLiteral("color: #5b6470;"));
    backgroundNote->setText(
        trayAvailable
            ? tr("When you close the window, Pli stays in the notification area and keeps "
                 "telling you about new messages.")
            : tr("This desktop has no notification area to keep Pli in: closing the window "
                 "quits Pli."));
    //: Settings row: what happens when the main window is closed
    form->addRow(tr("Background"), m_keepRunning);
    form->addRow(QString(), backgroundNote);
    //: Settings row: desktop notifications, one box per account
    form->addRow(tr("Notifications"), buildNotifications(accounts));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    // What a screen reader says of each control besides its label.
    m_language->setAccessibleDescription(tr("The language of Pli's windows and messages"));
    m_perPage->setAccessibleDescription(tr("How many conversations a page of the list shows"));
    m_askWhereToSave->setAccessibleDescription(
        tr("Ask for a folder at each download instead of saving to the downloads folder"));
    m_keepRunning->setAccessibleDescription(
        trayAvailable ? tr("Closing the window keeps Pli in the notification area")
                      : tr("Not available: this desktop has no notification area"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Keep these settings"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Close without changing the settings"));
    setMinimumWidth(460);
}

QLocale SettingsDialog::language() const
{
    return QLocale(m_language->currentData().toString());
}

int SettingsDialog::perPage() const
{
    return m_perPage->currentData().toInt();
}

bool SettingsDialog::askWhereToSave() const
{
    return m_askWhereToSave->isChecked();
}

bool SettingsDialog::keepRunning() const
{
    return m_keepRunning->isChecked();
}

bool SettingsDialog::notificationsEnabled(const QString &accountKey) const
{
    for (const auto &[key, box] : m_notifications)
        if (key == accountKey)
            return box->isChecked();
    return NotificationPreferences::enabled(accountKey);
}

QWidget *SettingsDialog::buildNotifications(const QList<AccountEntry> &accounts)
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("notifications"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const AccountEntry &account : accounts) {
        //: Settings: one box per signed-in account; %1 is the account
        auto *enabled = new QCheckBox(tr("New messages for %1").arg(account.title), box);
        enabled->setAccessibleDescription(
            tr("Show a desktop notification when a message arrives for this account"));
        enabled->setObjectName(QStringLiteral("notify:") + account.key);
        enabled->setChecked(NotificationPreferences::enabled(account.key));
        layout->addWidget(enabled);
        m_notifications.append({account.key, enabled});
    }
    auto *note = new QLabel(box);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5b6470;"));
    //: Settings: under the notification boxes
    note->setText(tr("A notification says who wrote and in which conversation, never the "
                     "message. Transfers that end while the window is hidden are notified too."));
    layout->addWidget(note);
    return box;
}

void SettingsDialog::accept()
{
    DownloadPreferences::setAskWhereToSave(m_askWhereToSave->isChecked());
    // Decided here when changed (or decided before): an untouched "off" still lets the first
    // close ask. Without a notification area there is nothing to decide.
    if (m_keepRunning->isEnabled() && (m_keepRunning->isChecked() != m_keepRunningShown ||
                                       BackgroundPreference::keepRunning().has_value()))
        BackgroundPreference::setKeepRunning(m_keepRunning->isChecked());
    for (const auto &[key, box] : m_notifications)
        NotificationPreferences::setEnabled(key, box->isChecked());
    QDialog::accept();
}

void SettingsDialog::updateDownloadsNote()
{
    const QString folder = QDir::toNativeSeparators(DownloadPreferences::downloadFolder());
    m_downloadsNote->setText(
        m_askWhereToSave->isChecked()
            ? tr("Each attachment you download asks for a place, starting in the folder you "
                 "chose last.")
            : tr("Attachments you download go to your Downloads folder (%1).").arg(folder));
}

} // namespace pli::ui
