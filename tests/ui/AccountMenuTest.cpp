// The workspace's account menu: who is signed in and which programs of this computer stay
// signed in to the account (this app, pli-cli: separate sign-ins), kept current as that
// changes; the actions it offers; screenshots in English and French.
#include "FindChild.h"
#include "Screenshot.h"
#include "UiTestServer.h"

#include "accounts/WorkspaceAccounts.h"
#include "i18n/Translations.h"
#include "net/ApiClient.h"
#include "workspace/AccountMenu.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::UiTestServer;

namespace {

class AccountMenuTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        translations.use(QLocale(QStringLiteral("en_CA")));
        const std::string aliceId =
            server.addParticipant("alice", "alice@example.org", "Correct-Horse-Battery-9");
        accounts.add(key, QStringLiteral("Alice · pli.test"),
                     server.signedInClient(aliceId, &owner));
        menu.setAccount(key);
    }

    QStringList notes() const
    {
        QStringList out;
        for (QAction *action : menu.actions())
            if (action->objectName() == u"signInNote") {
                EXPECT_FALSE(action->isEnabled());
                out.append(action->text());
            }
        return out;
    }

    const QString key = QStringLiteral("https://pli.test|alice");
    Translations translations;
    UiTestServer server;
    QObject owner;
    WorkspaceAccounts accounts;
    AccountMenu menu{&accounts};
};

} // namespace

TEST_F(AccountMenuTest, SaysWhichProgramsStaySignedIn)
{
    EXPECT_TRUE(notes().isEmpty()) << "nothing said until known";
    accounts.setStayingSignedIn(key, {ClientKind::Desktop});
    EXPECT_EQ(notes(), (QStringList{QStringLiteral("This app: stays signed in"),
                                    QStringLiteral("pli-cli: not signed in")}));
    accounts.setStayingSignedIn(key, {ClientKind::Cli});
    EXPECT_EQ(notes(), (QStringList{QStringLiteral("This app: signed in until Pli quits"),
                                    QStringLiteral("pli-cli: stays signed in")}));
    EXPECT_EQ(accounts.stayingSignedIn(key), (QList<ClientKind>{ClientKind::Cli}));
}

TEST_F(AccountMenuTest, OpeningAsksForFreshNewsAndActionsSayForWhichAccount)
{
    QSignalSpy opening(&menu, &AccountMenu::opening);
    menu.popup(QPoint(20, 20));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&menu));
    ASSERT_EQ(opening.size(), 1);
    EXPECT_EQ(opening.first().at(0).toString(), key);
    // Told while open: the menu is rebuilt in place.
    accounts.setStayingSignedIn(key, {ClientKind::Desktop, ClientKind::Cli});
    EXPECT_EQ(notes().size(), 2);
    menu.hide();

    QSignalSpy signOut(&menu, &AccountMenu::signOutRequested);
    pli::test::child<QAction>(&menu, QStringLiteral("signOutAction"))->trigger();
    ASSERT_EQ(signOut.size(), 1);
    EXPECT_EQ(signOut.first().at(0).toString(), key);
}

TEST_F(AccountMenuTest, ScreenshotsInEnglishAndFrench)
{
    accounts.setStayingSignedIn(key, {ClientKind::Desktop, ClientKind::Cli});
    for (const QLocale &language :
         {QLocale(QStringLiteral("en_CA")), QLocale(QStringLiteral("fr_CA"))}) {
        ASSERT_TRUE(translations.use(language));
        menu.setLanguage(language);
        menu.popup(QPoint(20, 20));
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&menu));
        pli::test::saveScreenshot(&menu, language.name().left(2), QStringLiteral("account-menu"));
        menu.hide();
    }
}
