#include "SettingsDialog.h"

#include "api/ConversationPageSize.h"

#include "conversation/DownloadPreferences.h"
#include "i18n/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>

namespace pli::ui {

SettingsDialog::SettingsDialog(const QLocale &language, int perPage, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_perPage(new QComboBox(this))
    , m_askWhereToSave(new QCheckBox(this))
    , m_downloadsNote(new QLabel(this))
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
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

void SettingsDialog::accept()
{
    DownloadPreferences::setAskWhereToSave(m_askWhereToSave->isChecked());
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
