// Writes a PNG of every window and page, in English and in French, into
// <build>/screenshots/<language>/ (QWidget::grab). Not a pixel comparison: it fails when a
// window cannot be shown or grabbed, or grabs blank. Look at the pictures.
#include "FindChild.h"
#include "Screenshot.h"
#include "UiTestServer.h"

#include "accounts/AccountStore.h"
#include "accounts/WorkspaceAccounts.h"
#include "auth/PasswordPolicy.h"
#include "i18n/Translations.h"
#include "keychain/CredentialStore.h"
#include "models/ActivityModel.h"
#include "models/ContactListModel.h"
#include "models/ConversationTableModel.h"
#include "net/ApiClient.h"
#include "signin/BlockedPage.h"
#include "signin/CredentialsPage.h"
#include "signin/EnrollmentPage.h"
#include "signin/PasswordChangePage.h"
#include "signin/PasswordResetPage.h"
#include "signin/SecondFactorPage.h"
#include "signin/SignInWindow.h"
#include "workspace/ActivityDialog.h"
#include "workspace/AddressBookView.h"
#include "workspace/ConversationListView.h"
#include "workspace/MainWindow.h"
#include "workspace/PersonaSidebar.h"
#include "workspace/SidebarEntry.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::child;
using pli::test::UiTestServer;

namespace {

QString save(QWidget *widget, const QString &language, const QString &name)
{
    return pli::test::saveScreenshot(widget, language, name);
}

class Screenshots : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        language = QString::fromLatin1(GetParam());
        translations.use(QLocale(language));
    }
    void TearDown() override { translations.use(QLocale(QStringLiteral("en_CA"))); }

    QString language;
    Translations translations;
};

} // namespace

TEST_P(Screenshots, SignInPages)
{
    AccountStore store(pli::test::freshSettingsFile());
    CredentialStore credentials;
    SignInWindow window(&store, &credentials);
    window.setServer(QStringLiteral("https://connect.example.org"));
    window.setKeychainAvailable(true);
    window.resize(580, 520);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClicks(child<CredentialsPage>(&window)->usernameEdit(),
                     QStringLiteral("tnuoccatset101"));
    child<CredentialsPage>(&window)->setRememberUsername(true);
    save(&window, language, QStringLiteral("signin-1-credentials"));

    window.setKeychainAvailable(false);
    save(&window, language, QStringLiteral("signin-1b-no-keychain"));

    child<SecondFactorPage>(&window)->reset({QStringLiteral("totp"), QStringLiteral("email")});
    window.showPage(child<SecondFactorPage>(&window));
    save(&window, language, QStringLiteral("signin-2-second-factor"));
    child<SecondFactorPage>(&window)->setEmailSent(27);
    child<SecondFactorPage>(&window)->showError(
        Error(Error::Code::InvalidCode).setAttemptsRemaining(3).message());
    save(&window, language, QStringLiteral("signin-3-emailed-code"));

    child<EnrollmentPage>(&window)->start(
        QStringLiteral("otpauth://totp/Pli:tnuoccatset101?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                       "&issuer=Pli&digits=6&period=30"),
        QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), 287);
    window.showPage(child<EnrollmentPage>(&window));
    window.resize(720, 620);
    save(&window, language, QStringLiteral("signin-4-enrolment"));
    emit child<EnrollmentPage>(&window)->cantScanLink()->linkActivated(QStringLiteral("#manual"));
    save(&window, language, QStringLiteral("signin-5-enrolment-manual-key"));
    child<EnrollmentPage>(&window)->showExpired();
    save(&window, language, QStringLiteral("signin-6-enrolment-expired"));
    window.resize(580, 560);

    child<PasswordChangePage>(&window)->start(
        PasswordPolicy(14, 64, {QStringLiteral("upper"), QStringLiteral("digit_or_symbol")}));
    window.showPage(child<PasswordChangePage>(&window));
    QTest::keyClicks(child<PasswordChangePage>(&window)->newPasswordEdit(),
                     QStringLiteral("Correct horse"));
    save(&window, language, QStringLiteral("signin-7-password-change"));

    child<BlockedPage>(&window)->showLocked();
    window.showPage(child<BlockedPage>(&window));
    save(&window, language, QStringLiteral("signin-8-locked"));
    child<BlockedPage>(&window)->showRateLimited(95);
    save(&window, language, QStringLiteral("signin-9-rate-limited"));

    child<PasswordResetPage>(&window)->start(QStringLiteral("tnuoccatset101"));
    window.showPage(child<PasswordResetPage>(&window));
    save(&window, language, QStringLiteral("signin-10-forgot"));
    child<PasswordResetPage>(&window)->showSent();
    save(&window, language, QStringLiteral("signin-11-forgot-sent"));
}

TEST_P(Screenshots, Workspace)
{
    // The participant guide's example: two personas, "Access Cards" / "Cartes d'accès", the
    // "Budget requests" conversation, one whose collaborator's account is inactive.
    UiTestServer server;
    server.addCollaborator("marie", "marie.unetelle@innovactione.com");
    server.addCollaborator("paul", "paul.ancien@innovactione.com");
    const std::string id =
        server.addParticipant("tnuoccatset", "tnuoccatset101@gmail.com", "Correct-Horse-Battery-9");
    server.server().addPersona(id, "tnuoccatset102@gmail.com", "Jean Dupont");
    server.startConversation("paul.ancien@innovactione.com", "tnuoccatset101@gmail.com",
                             "Travel policy 2014");
    server.startConversation("marie.unetelle@innovactione.com", "tnuoccatset101@gmail.com",
                             "Budget requests");
    server.startConversation("marie.unetelle@innovactione.com", "tnuoccatset101@gmail.com",
                             "Access Cards");
    server.startConversation("marie.unetelle@innovactione.com", "tnuoccatset102@gmail.com",
                             "Cartes d'accès");
    server.admin({"user", "deactivate", "paul"});

    WorkspaceAccounts accounts;
    MainWindow window(&accounts);
    ApiClient *api = server.signedInClient(id, &window);
    accounts.add(QStringLiteral("demo"), QStringLiteral("tnuoccatset · connect.example.org"), api);
    window.setLanguage(translations.current());
    window.resize(1100, 560);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ConversationTableModel *conversations = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            conversations = window.findChild<ConversationTableModel *>();
            return conversations && conversations->hasLoaded() && !conversations->isLoading();
        },
        15000));
    conversations->setData(conversations->index(1, ConversationTableModel::CheckColumn),
                           Qt::Checked, Qt::CheckStateRole);
    save(&window, language, QStringLiteral("workspace-1-conversations"));

    // The delete confirmation, grabbed while it is open, then cancelled.
    QTimer::singleShot(0, [&] {
        (void)QTest::qWaitFor(
            [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            save(box, language, QStringLiteral("workspace-2-delete-confirmation"));
            box->reject();
        }
    });
    child<QAction>(&window, QStringLiteral("deleteSelectionAction"))->trigger();

    auto *table = child<QTableView>(&window, QStringLiteral("conversationTable"));
    const QModelIndex view = table->model()->index(0, ConversationTableModel::ActivityColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(view).center());
    ActivityDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = window.findChild<ActivityDialog *>()); }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<ActivityModel>(dialog)->hasLoaded(); }, 15000));
    save(dialog, language, QStringLiteral("workspace-3-activity"));
    dialog->close();

    // Oldest first.
    emit table->horizontalHeader()->sectionClicked(ConversationTableModel::ModifiedColumn);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !conversations->isLoading(); }, 15000));
    save(&window, language, QStringLiteral("workspace-4-oldest-first"));

    // The second persona, then an empty filter result.
    auto *items = child<QStandardItemModel>(&window, QStringLiteral("personaSidebarModel"));
    auto *sidebar = child<QTreeView>(&window, QStringLiteral("personaSidebarView"));
    auto *filter = child<QLineEdit>(&window, QStringLiteral("conversationFilter"));
    for (int row = 0; row < items->rowCount(); ++row)
        if (items->item(row)->data(SidebarEntry::EmailRole).toString() ==
            QStringLiteral("tnuoccatset102@gmail.com"))
            sidebar->setCurrentIndex(items->index(row, 0));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !conversations->isLoading(); }, 15000));
    QTest::qWait(100);
    save(&window, language, QStringLiteral("workspace-5-second-persona"));
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QTest::keyClick(filter, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !conversations->isLoading() && conversations->rowCount() == 0; }, 15000));
    save(&window, language, QStringLiteral("workspace-6-no-match"));
    filter->clear();
    QTest::keyClick(filter, Qt::Key_Return);

    for (int row = 0; row < items->rowCount(); ++row)
        if (items->item(row)->data(SidebarEntry::KindRole).toInt() == SidebarEntry::AddressBook)
            sidebar->setCurrentIndex(items->index(row, 0));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto *contacts = window.findChild<ContactListModel *>();
            return contacts && !contacts->isLoading();
        },
        15000));
    save(&window, language, QStringLiteral("workspace-7-address-book"));
    child<PersonaSidebar>(&window, QStringLiteral("personaSidebar"))->selectHelp();
    save(&window, language, QStringLiteral("workspace-8-help"));
}

INSTANTIATE_TEST_SUITE_P(Languages, Screenshots, ::testing::Values("en_CA", "fr_CA"),
                         [](const auto &param) {
                             return std::string(param.param) == "en_CA" ? "English" : "French";
                         });
