// The settings dialog: "Ask where to save each file" is off by default (attachments go to the
// Downloads folder, which the dialog names), is kept when the dialog is accepted and not when it
// is cancelled; screenshots in English and French.
#include "FindChild.h"

#include "conversation/DownloadPreferences.h"
#include "i18n/Translations.h"
#include "workspace/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using pli::test::child;
using pli::ui::DownloadPreferences;
using pli::ui::SettingsDialog;

namespace {

class Settings : public ::testing::Test
{
protected:
    pli::Translations translations;

    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        translations.use(QLocale(QLocale::English, QLocale::UnitedStates));
        DownloadPreferences::setAskWhereToSave(false);
    }

    void TearDown() override
    {
        DownloadPreferences::setAskWhereToSave(false);
        translations.use(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    static QCheckBox *askWhereToSaveBox(const SettingsDialog &dialog)
    {
        return child<QCheckBox>(&dialog, u"askWhereToSave"_s);
    }

    static QString note(const SettingsDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("downloadsNote"))->text();
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        widget->show();
        QCoreApplication::processEvents();
        QTest::qWait(30);
        const QString language =
            QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
        const QString folder = QStringLiteral(PLI_SCREENSHOT_DIR "/") + language;
        QDir().mkpath(folder);
        const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
        EXPECT_TRUE(widget->grab().save(path)) << path.toStdString();
    }
};

TEST_F(Settings, AskWhereToSaveIsOffByDefaultAndNamesTheDownloadsFolder)
{
    SettingsDialog dialog(QLocale(QLocale::English), 20);
    EXPECT_FALSE(askWhereToSaveBox(dialog)->isChecked());
    EXPECT_EQ(askWhereToSaveBox(dialog)->text(), u"&Ask where to save each file"_s);
    EXPECT_TRUE(note(dialog).contains(QDir::toNativeSeparators(
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))))
        << note(dialog).toStdString();
    EXPECT_EQ(dialog.perPage(), 20);
    askWhereToSaveBox(dialog)->setChecked(true);
    EXPECT_TRUE(note(dialog).contains(u"asks for a place"_s)) << note(dialog).toStdString();
}

TEST_F(Settings, AcceptingKeepsTheChoiceAndCancellingDoesNot)
{
    {
        SettingsDialog dialog(QLocale(QLocale::English), 10);
        QTest::mouseClick(askWhereToSaveBox(dialog), Qt::LeftButton);
        EXPECT_TRUE(dialog.askWhereToSave());
        dialog.reject();
    }
    EXPECT_FALSE(DownloadPreferences::askWhereToSave());
    {
        SettingsDialog dialog(QLocale(QLocale::English), 10);
        askWhereToSaveBox(dialog)->setChecked(true);
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_TRUE(DownloadPreferences::askWhereToSave());
    SettingsDialog again(QLocale(QLocale::English), 10);
    EXPECT_TRUE(askWhereToSaveBox(again)->isChecked());
}

TEST_F(Settings, FrenchSettings)
{
    ASSERT_TRUE(translations.use(QLocale(QLocale::French, QLocale::Canada)));
    SettingsDialog dialog(QLocale(QLocale::French), 10);
    EXPECT_EQ(dialog.windowTitle(), u"Paramètres"_s);
}

TEST_F(Settings, ScreenshotsInEnglish)
{
    SettingsDialog dialog(QLocale(QLocale::English), 20);
    screenshot(&dialog, QStringLiteral("settings"));
    DownloadPreferences::setAskWhereToSave(true);
    SettingsDialog asking(QLocale(QLocale::English), 10);
    screenshot(&asking, QStringLiteral("settings-ask-where"));
}

TEST_F(Settings, ScreenshotsInFrench)
{
    ASSERT_TRUE(translations.use(QLocale(QLocale::French, QLocale::Canada)));
    SettingsDialog dialog(QLocale(QLocale::French), 10);
    screenshot(&dialog, QStringLiteral("settings"));
    askWhereToSaveBox(dialog)->setChecked(true);
    screenshot(&dialog, QStringLiteral("settings-ask-where"));
}

} // namespace
