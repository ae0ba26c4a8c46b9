// Issue 11: the settings dialog (language, page size, downloads, background, each account's
// notifications) passes the same accessibility audit as the other windows, in English and in
// French, with and without a notification area: every control has a name and a description,
// and Tab follows the reading order.
#include "AccessibilityAudit.h"

#include "i18n/Translations.h"
#include "workspace/SettingsDialog.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using pli::Translations;
using pli::test::accessibilityProblems;
using pli::test::readingOrderProblems;
using pli::ui::SettingsDialog;

namespace {

class AccessibleSettings : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        translations.use(QLocale(QString::fromLatin1(GetParam())));
    }
    void TearDown() override { translations.use(QLocale(u"en_CA"_s)); }

    Translations translations;
};

const QList<SettingsDialog::AccountEntry> twoAccounts{
    {u"https://pli.example.org|alice"_s, u"Alice Martin · pli.example.org"_s},
    {u"https://other.example.org|alice"_s, u"Alice Martin · other.example.org"_s}};

TEST_P(AccessibleSettings, EveryControlIsNamedAndDescribedWithOrWithoutATray)
{
    for (const bool tray : {true, false}) {
        SettingsDialog dialog(translations.current(), 20, twoAccounts, tray);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        EXPECT_EQ(accessibilityProblems(&dialog).join(u'\n').toStdString(), "")
            << (tray ? "with a tray" : "without a tray");
        EXPECT_EQ(readingOrderProblems(&dialog).join(u'\n').toStdString(), "")
            << (tray ? "with a tray" : "without a tray");
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, AccessibleSettings, ::testing::Values("en_CA", "fr_CA"),
                         [](const auto &param) { return std::string(param.param).substr(0, 2); });

} // namespace
