// Issue 11: every control of every window has an accessible name and description, in English
// and in French, and Tab follows the reading order. Walks the widget trees (AccessibilityAudit)
// of the sign-in window (all its pages), the workspace against the real pli-server (conversation
// list, a conversation and its reply pane, the address book, help, the transfers panel) and the
// activity dialog. The tray menu and the settings dialog are checked by their own tests.
#include "AccessibilityAudit.h"
#include "FindChild.h"
#include "UiTestServer.h"

#include "accounts/AccountStore.h"
#include "accounts/WorkspaceAccounts.h"
#include "auth/PasswordPolicy.h"
#include "compose/ComposePane.h"
#include "conversation/ConversationView.h"
#include "i18n/Translations.h"
#include "keychain/CredentialStore.h"
#include "models/ActivityModel.h"
#include "models/ContactListModel.h"
#include "models/ConversationTableModel.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "signin/BlockedPage.h"
#include "signin/CredentialsPage.h"
#include "signin/EnrollmentPage.h"
#include "signin/PasswordChangePage.h"
#include "signin/PasswordResetPage.h"
#include "signin/SecondFactorPage.h"
#include "signin/SignInWindow.h"
#include "transfers/TransfersPanel.h"
#include "workspace/ActivityDialog.h"
#include "workspace/ConversationListView.h"
#include "workspace/MainWindow.h"
#include "workspace/PersonaSidebar.h"
#include "workspace/SidebarEntry.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::accessibilityProblems;
using pli::test::child;
using pli::test::readingOrderProblems;
using pli::test::UiTestServer;

namespace {

class AccessibleNames : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        translations.use(QLocale(QString::fromLatin1(GetParam())));
    }
    void TearDown() override { translations.use(QLocale(QStringLiteral("en_CA"))); }

    Translations translations;
};

TEST_P(AccessibleNames, SignInWindowEveryPage)
{
    AccountStore store(pli::test::freshSettingsFile());
    CredentialStore credentials;
    SignInWindow window(&store, &credentials);
    window.setServer(QStringLiteral("https://connect.example.org"));
    window.setKeychainAvailable(true);
    window.resize(720, 620);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // Every page is in the window's tree, shown or not: one walk checks them all.
    EXPECT_EQ(accessibilityProblems(&window).join(QLatin1Char('\n')).toStdString(), "");
    EXPECT_EQ(readingOrderProblems(&window).join(QLatin1Char('\n')).toStdString(), "")
        << "credentials";

    child<SecondFactorPage>(&window)->reset({QStringLiteral("totp"), QStringLiteral("email")});
    window.showPage(child<SecondFactorPage>(&window));
    EXPECT_EQ(readingOrderProblems(&window).join(QLatin1Char('\n')).toStdString(), "")
        << "second factor";

    child<EnrollmentPage>(&window)->start(
        QStringLiteral("otpauth://totp/Pli:tnuoccatset101?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                       "&issuer=Pli&digits=6&period=30"),
        QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), 287);
    window.showPage(child<EnrollmentPage>(&window));
    emit child<EnrollmentPage>(&window)->cantScanLink()->linkActivated(QStringLiteral("#manual"));
    EXPECT_EQ(accessibilityProblems(&window).join(QLatin1Char('\n')).toStdString(), "")
        << "enrolment, manual key";
    EXPECT_EQ(readingOrderProblems(&window).join(QLatin1Char('\n')).toStdString(), "")
        << "enrolment";

    child<PasswordChangePage>(&window)->start(
        PasswordPolicy(14, 64, {QStringLiteral("upper"), QStringLiteral("digit_or_symbol")}));
    window.showPage(child<PasswordChangePage>(&window));
    EXPECT_EQ(accessibilityProblems(&window).join(QLatin1Char('\n')).toStdString(), "")
        << "password change";
    EXPECT_EQ(readingOrderProblems(&window).join(QLatin1Char('\n')).toStdString(), "")
        << "password change";

    child<BlockedPage>(&window)->showRateLimited(95);
    window.showPage(child<BlockedPage>(&window));
    EXPECT_EQ(readingOrderProblems(&window).join(QLatin1Char('\n')).toStdString(), "")
        << "rate limited";

    child<PasswordResetPage>(&window)->start(QStringLiteral("tnuoccatset101"));
    window.showPage(child<PasswordResetPage>(&window));
    EXPECT_EQ(readingOrderProblems(&window).join(QLatin1Char('\n')).toStdString(), "") << "forgot";
}

TEST_P(AccessibleNames, WorkspaceConversationReplyAddressBookHelpActivityAndTransfers)
{
    UiTestServer server;
    server.addCollaborator("marie", "marie.unetelle@innovactione.com");
    server.addCollaborator("paul", "paul.ancien@innovactione.com");
    const std::string id =
        server.addParticipant("tnuoccatset", "tnuoccatset101@gmail.com", "Correct-Horse-Battery-9");
    server.startConversation("paul.ancien@innovactione.com", "tnuoccatset101@gmail.com",
                             "Travel policy 2014");
    server.startConversation("marie.unetelle@innovactione.com", "tnuoccatset101@gmail.com",
                             "Budget requests");
    server.admin({"user", "deactivate", "paul"});

    WorkspaceAccounts accounts;
    MainWindow window(&accounts);
    ApiClient *api = server.signedInClient(id, &window);
    accounts.add(QStringLiteral("demo"), QStringLiteral("tnuoccatset · connect.example.org"), api);
    window.setLanguage(translations.current());
    window.resize(1100, 640);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ConversationTableModel *conversations = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            conversations = window.findChild<ConversationTableModel *>();
            return conversations && conversations->hasLoaded() && !conversations->isLoading();
        },
        15000));
    ASSERT_EQ(conversations->rowCount(), 2);
    EXPECT_EQ(accessibilityProblems(&window).join(QLatin1Char('\n')).toStdString(), "")
        << "conversation list";
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        EXPECT_EQ(accessibilityProblems(dock).join(QLatin1Char('\n')).toStdString(), "") << "dock";
    }

    // A conversation (Enter on its row), then its reply pane.
    auto *table = child<QTableView>(&window, QStringLiteral("conversationTable"));
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    auto *view = window.findChild<ConversationView *>();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return view->isVisible() && view->thread()->hasLoaded() && !view->cards().isEmpty();
        },
        15000));
    EXPECT_EQ(accessibilityProblems(&window).join(QLatin1Char('\n')).toStdString(), "")
        << "conversation";
    EXPECT_EQ(readingOrderProblems(view).join(QLatin1Char('\n')).toStdString(), "")
        << "conversation";
    if (view->postButton()->isEnabled()) {
        QTest::keyClick(view->postButton(), Qt::Key_Space);
        ASSERT_TRUE(QTest::qWaitFor([&] { return view->compose()->isVisible(); }));
        EXPECT_EQ(accessibilityProblems(view->compose()).join(QLatin1Char('\n')).toStdString(), "")
            << "reply pane";
        EXPECT_EQ(readingOrderProblems(view->compose()).join(QLatin1Char('\n')).toStdString(), "")
            << "reply pane";
    }
    QTest::keyClick(view->backButton(), Qt::Key_Space);

    // The activity history of the first conversation.
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->isVisible(); }, 5000));
    const QModelIndex activity = table->model()->index(0, ConversationTableModel::ActivityColumn);
    emit table->clicked(activity);
    ActivityDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = window.findChild<ActivityDialog *>()); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<ActivityModel>(dialog)->hasLoaded(); }, 15000));
    EXPECT_EQ(accessibilityProblems(dialog).join(QLatin1Char('\n')).toStdString(), "")
        << "activity";
    dialog->close();

    // The address book and the help.
    auto *sidebar = child<PersonaSidebar>(&window, QStringLiteral("personaSidebar"));
    auto *items = child<QStandardItemModel>(&window, QStringLiteral("personaSidebarModel"));
    auto *sidebarView = child<QTreeView>(&window, QStringLiteral("personaSidebarView"));
    for (int row = 0; row < items->rowCount(); ++row)
        if (items->item(row)->data(SidebarEntry::KindRole).toInt() == SidebarEntry::AddressBook)
            sidebarView->setCurrentIndex(items->index(row, 0));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto *contacts = window.findChild<ContactListModel *>();
            return contacts && !contacts->isLoading();
        },
        15000));
    EXPECT_EQ(accessibilityProblems(&window).join(QLatin1Char('\n')).toStdString(), "")
        << "address book";
    sidebar->selectHelp();
    EXPECT_EQ(accessibilityProblems(&window).join(QLatin1Char('\n')).toStdString(), "") << "help";
}

INSTANTIATE_TEST_SUITE_P(Languages, AccessibleNames, ::testing::Values("en_CA", "fr_CA"),
                         [](const auto &param) {
                             return std::string(param.param) == "en_CA" ? "English" : "French";
                         });

} // namespace
