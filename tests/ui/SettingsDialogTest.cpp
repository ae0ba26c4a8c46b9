// The settings dialog: "Ask where to save each file" is off by default (attachments go to the
// Downloads folder, which the dialog names), is kept when the dialog is accepted and not when it
// is cancelled; "Keep running in the background" (off, undecided until changed; unavailable
// without a notification area) and notifications on or off per account; screenshots in English
// and French.
#include "FindChild.h"
#include "Screenshot.h"

#include "conversation/DownloadPreferences.h"
#include "i18n/Translations.h"
#include "notify/NotificationPreferences.h"
#include "tray/BackgroundPreference.h"
#include "workspace/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using pli::test::child;
using pli::ui::BackgroundPreference;
using pli::ui::DownloadPreferences;
using pli::ui::NotificationPreferences;
using pli::ui::SettingsDialog;

namespace {

class Settings : public ::testing::Test
{
protected:
    pli::Translations translations;

    void SetUp() override
    {
        QSettings().clear();
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
        // The language translations.use() made the default: "en" or "fr".
        pli::test::saveScreenshot(widget, QLocale().name().left(2), name);
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

static const QList<SettingsDialog::AccountEntry> twoAccounts{
    {u"https://pli.example.org|alice"_s, u"Alice Martin · pli.example.org"_s},
    {u"https://other.example.org|alice"_s, u"Alice Martin · other.example.org"_s}};

TEST_F(Settings, BackgroundIsOffAndUndecidedUntilChanged)
{
    {
        SettingsDialog dialog(QLocale(QLocale::English), 10, twoAccounts, true);
        auto *keepRunning = child<QCheckBox>(&dialog, u"keepRunning"_s);
        EXPECT_FALSE(keepRunning->isChecked());
        EXPECT_TRUE(keepRunning->isEnabled());
        EXPECT_EQ(keepRunning->text(), u"&Keep running in the background"_s);
        dialog.accept();
    }
    // Accepted untouched: the first close still asks.
    EXPECT_FALSE(BackgroundPreference::keepRunning().has_value());
    {
        SettingsDialog dialog(QLocale(QLocale::English), 10, twoAccounts, true);
        QTest::mouseClick(child<QCheckBox>(&dialog, u"keepRunning"_s), Qt::LeftButton);
        EXPECT_TRUE(dialog.keepRunning());
        dialog.reject();
    }
    EXPECT_FALSE(BackgroundPreference::keepRunning().has_value());
    {
        SettingsDialog dialog(QLocale(QLocale::English), 10, twoAccounts, true);
        child<QCheckBox>(&dialog, u"keepRunning"_s)->setChecked(true);
        dialog.accept();
    }
    EXPECT_EQ(BackgroundPreference::keepRunning(), true);
    {
        // Decided: turning it off again is kept too.
        SettingsDialog dialog(QLocale(QLocale::English), 10, twoAccounts, true);
        EXPECT_TRUE(child<QCheckBox>(&dialog, u"keepRunning"_s)->isChecked());
        child<QCheckBox>(&dialog, u"keepRunning"_s)->setChecked(false);
        dialog.accept();
    }
    EXPECT_EQ(BackgroundPreference::keepRunning(), false);
}

TEST_F(Settings, WithoutANotificationAreaPliCannotStayInTheBackground)
{
    BackgroundPreference::setKeepRunning(true);
    SettingsDialog dialog(QLocale(QLocale::English), 10, twoAccounts, false);
    auto *keepRunning = child<QCheckBox>(&dialog, u"keepRunning"_s);
    EXPECT_FALSE(keepRunning->isChecked());
    EXPECT_FALSE(keepRunning->isEnabled());
    EXPECT_TRUE(
        child<QLabel>(&dialog, u"backgroundNote"_s)->text().contains(u"no notification area"_s));
    dialog.accept();
    EXPECT_EQ(BackgroundPreference::keepRunning(), true) << "nothing to decide here";
}

TEST_F(Settings, NotificationsAreOnOrOffPerAccount)
{
    {
        SettingsDialog dialog(QLocale(QLocale::English), 10, twoAccounts, true);
        auto *first = child<QCheckBox>(&dialog, u"notify:"_s + twoAccounts.at(0).key);
        auto *second = child<QCheckBox>(&dialog, u"notify:"_s + twoAccounts.at(1).key);
        EXPECT_TRUE(first->isChecked());
        EXPECT_TRUE(second->isChecked());
        EXPECT_EQ(first->text(), u"New messages for Alice Martin · pli.example.org"_s);
        QTest::mouseClick(second, Qt::LeftButton);
        EXPECT_FALSE(dialog.notificationsEnabled(twoAccounts.at(1).key));
        dialog.accept();
    }
    EXPECT_TRUE(NotificationPreferences::enabled(twoAccounts.at(0).key));
    EXPECT_FALSE(NotificationPreferences::enabled(twoAccounts.at(1).key));
    SettingsDialog again(QLocale(QLocale::English), 10, twoAccounts, true);
    EXPECT_FALSE(child<QCheckBox>(&again, u"notify:"_s + twoAccounts.at(1).key)->isChecked());
}

TEST_F(Settings, NotificationScreenshots)
{
    NotificationPreferences::setEnabled(twoAccounts.at(1).key, false);
    for (const QLocale &language :
         {QLocale(QLocale::English, QLocale::Canada), QLocale(QLocale::French, QLocale::Canada)}) {
        ASSERT_TRUE(translations.use(language));
        SettingsDialog dialog(language, 10, twoAccounts, true);
        child<QCheckBox>(&dialog, u"keepRunning"_s)->setChecked(true);
        screenshot(&dialog, QStringLiteral("settings-notifications"));
        SettingsDialog noTray(language, 10, twoAccounts, false);
        screenshot(&noTray, QStringLiteral("settings-no-tray"));
    }
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
