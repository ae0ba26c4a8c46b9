#include "SettingsDialog.h"

#include "i18n/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace pli::ui {

SettingsDialog::SettingsDialog(const QLocale &language, int perPage, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_perPage(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    for (const QLocale &locale : Translations::available()) {
        QString name = locale.nativeLanguageName();
        name[0] = name[0].toUpper();
        m_language->addItem(name, locale.name());
        if (locale.language() == language.language())
            m_language->setCurrentIndex(m_language->count() - 1);
    }
    for (const int n : {10, 20, 30}) {
        m_perPage->addItem(QLocale().toString(n), n);
        if (n == perPage)
            m_perPage->setCurrentIndex(m_perPage->count() - 1);
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Conversations per page"), m_perPage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QLocale SettingsDialog::language() const
{
    return QLocale(m_language->currentData().toString());
}

int SettingsDialog::perPage() const
{
    return m_perPage->currentData().toInt();
}

} // namespace pli::ui
