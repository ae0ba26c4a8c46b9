// The participant guide's journey, end to end, as scripts/demo.sh offers it: the desktop client
// (ApplicationWindows, as app/desktop/main.cpp builds it) against `pli-server --demo`, in
// English and in French. Sign in as "demo" with the authenticator code, land on the workspace
// with the guide's two personas and their conversations, read "Budget requests" message by
// message, download its spreadsheet (SHA-256 checked), reply with an attachment, export the
// thread to PDF. A test case of its own takes the same steps again and writes a screenshot of
// each to <build>/screenshots/walkthrough/<language>/.
#include "FindChild.h"
#include "UiTestServer.h"

#include "ApplicationWindows.h"
#include "accounts/AccountStore.h"
#include "accounts/WorkspaceAccounts.h"
#include "compose/ComposePane.h"
#include "conversation/AttachmentDownloads.h"
#include "conversation/AttachmentRow.h"
#include "conversation/ConversationView.h"
#include "conversation/MessageCard.h"
#include "i18n/Translations.h"
#include "keychain/CredentialStore.h"
#include "models/ConversationTableModel.h"
#include "models/MessageThreadModel.h"
#include "models/PersonaListModel.h"
#include "signin/CodeEdit.h"
#include "signin/CredentialsPage.h"
#include "signin/SecondFactorPage.h"
#include "signin/SignInWindow.h"
#include "workspace/ConversationListView.h"
#include "workspace/MainWindow.h"
#include "workspace/PersonaSidebar.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::child;

namespace {

// The application's top-level window of type T, null when none is open.
template<typename T> T *topLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<T *>(widget))
            return window;
    return nullptr;
}

const QString kDemoPassword = QStringLiteral("PliDemo-2015-Guide");
const QString kDemoSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

class GuideWalkthrough : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(files.isValid());
        translations.use(QLocale(QString::fromLatin1(GetParam())));
    }

    void TearDown() override
    {
        windows.reset();
        translations.use(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shoot(QWidget *widget, const QString &name)
    {
        const QString dir =
            QStringLiteral(PLI_SCREENSHOT_DIR "/walkthrough/") + QString::fromLatin1(GetParam());
        QDir().mkpath(dir);
        QTest::qWait(100);
        EXPECT_TRUE(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        EXPECT_TRUE(process.waitForFinished(30000));
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    bool french() const { return QByteArray(GetParam()).startsWith("fr"); }

    // The steps of the journey, in this order; each asserts what the guide promises.
    void openAndTypeCredentials();
    void submitCredentialsAndTypeTheCode();
    void verifyAndLandOnTheWorkspace();
    void openBudgetRequests();
    void readTheNewestAndDownloadTheSpreadsheet();
    void writeAReplyWithAnAttachment();
    void postTheReply();
    void exportToPdf();
    void goBackToTheList();

    int unreadCount() const
    {
        return personas->index(0, 0).data(PersonaListModel::UnreadCountRole).toInt() +
               personas->index(1, 0).data(PersonaListModel::UnreadCountRole).toInt();
    }

    pli::test::TestServer server{{"--demo"}};
    QTemporaryDir files;
    Translations translations;
    AccountStore store{pli::test::freshSettingsFile()};
    CredentialStore credentials;
    std::unique_ptr<ApplicationWindows> windows;

    // What the steps reach, as they appear.
    SignInWindow *signIn = nullptr;
    MainWindow *main = nullptr;
    PersonaListModel *personas = nullptr;
    ConversationListView *list = nullptr;
    QTableView *tableView = nullptr;
    ConversationTableModel *table = nullptr;
    ConversationView *view = nullptr;
    ComposePane *compose = nullptr;
    int budgetRow = -1;
    int unreadBefore = 0;
    QString replyText;
};

void GuideWalkthrough::openAndTypeCredentials()
{
    windows = std::make_unique<ApplicationWindows>(&store, &credentials, &translations);
    windows->start(QString::fromStdString(server.baseUrl()));
    // Sign in: username and password, then the authenticator's code.
    ASSERT_TRUE(QTest::qWaitFor([&] { return (signIn = topLevel<SignInWindow>()) != nullptr; }));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(signIn));
    auto *credentialsPage = child<CredentialsPage>(signIn);
    QTest::keyClicks(credentialsPage->usernameEdit(), QStringLiteral("demo"));
    QTest::keyClicks(credentialsPage->passwordEdit(), kDemoPassword);
}

void GuideWalkthrough::submitCredentialsAndTypeTheCode()
{
    QTest::mouseClick(child<CredentialsPage>(signIn)->signInButton(), Qt::LeftButton);
    auto *second = child<SecondFactorPage>(signIn);
    ASSERT_TRUE(QTest::qWaitFor([&] { return signIn->currentPage() == second; }, 15000));
    QTest::keyClicks(second->codeEdit(), pli::test::UiTestServer::totpNow(kDemoSecret));
}

void GuideWalkthrough::verifyAndLandOnTheWorkspace()
{
    QTest::mouseClick(child<SecondFactorPage>(signIn)->verifyButton(), Qt::LeftButton);
    // The workspace: the guide's two personas, the first one's conversations.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (main = topLevel<MainWindow>()) != nullptr && main->isVisible(); }, 15000));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(main));
    main->resize(1200, 800);
    auto *accounts = child<WorkspaceAccounts>(windows.get());
    ASSERT_EQ(accounts->keys().size(), 1);
    personas = accounts->personas(accounts->keys().first());
    ASSERT_TRUE(QTest::qWaitFor([&] { return personas->rowCount() == 2; }, 15000));
    QStringList emails;
    for (int row = 0; row < personas->rowCount(); ++row)
        emails << personas->index(row, 0).data(PersonaListModel::EmailRole).toString();
    emails.sort();
    EXPECT_EQ(emails, (QStringList{QStringLiteral("tnuoccatset101@gmail.com"),
                                   QStringLiteral("tnuoccatset102@gmail.com")}));
    list = child<ConversationListView>(main, QStringLiteral("conversationList"));
    tableView = child<QTableView>(main, QStringLiteral("conversationTable"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            table = main->findChild<ConversationTableModel *>();
            return table && table->rowCount() > 0 && !table->isLoading();
        },
        15000));
    EXPECT_EQ(table->rowCount(), 10) << "10 conversations per page, as in the portal";
    EXPECT_EQ(table->total(),
              personas->index(0, 0).data(PersonaListModel::ConversationCountRole).toInt());
    EXPECT_GT(table->total(), 25) << "the guide's example fills three pages";
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->summary(row).title == QStringLiteral("Budget requests"))
            budgetRow = row;
    ASSERT_GE(budgetRow, 0) << "the newest conversations come first";
    EXPECT_TRUE(table->summary(budgetRow).unread);
    // The owners' addresses fit their column (what the cells ask for), the bold ones too.
    const QAbstractItemView *itemView = tableView; // QTableView hides sizeHintForColumn()
    EXPECT_GE(tableView->columnWidth(ConversationTableModel::OwnerColumn),
              itemView->sizeHintForColumn(ConversationTableModel::OwnerColumn));
    unreadBefore = unreadCount();
}

void GuideWalkthrough::openBudgetRequests()
{
    // Open "Budget requests" (Enter on its row): 5 of its 7 messages.
    tableView->setFocus();
    tableView->selectRow(budgetRow);
    QTest::keyClick(tableView, Qt::Key_Return);
    view = main->findChild<ConversationView *>();
    ASSERT_NE(view, nullptr);
    // The thread and the conversation's details come from two requests: wait for both.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return view->isVisible() && view->thread()->hasLoaded() &&
                   !view->titleLabel()->text().isEmpty();
        },
        15000));
    EXPECT_EQ(view->titleLabel()->text(), QStringLiteral("Budget requests"));
    EXPECT_TRUE(view->ownerLabel()->text().contains(QStringLiteral("Innovactione")));
    EXPECT_EQ(view->cards().size(), 5);
    EXPECT_EQ(view->countLabel()->text(), french() ? QStringLiteral("Montrant 5 de 7 messages.")
                                                   : QStringLiteral("Showing 5 of 7 messages."));
    EXPECT_TRUE(view->showNextButton()->isVisible());
    EXPECT_TRUE(view->showAllButton()->isVisible());
}

void GuideWalkthrough::readTheNewestAndDownloadTheSpreadsheet()
{
    // Then the next 2.
    QTest::mouseClick(view->showNextButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->cards().size() == 7; }, 15000));
    EXPECT_FALSE(view->showNextButton()->isVisible());

    // Open the newest message (unopened): the unread counts fall.
    MessageCard *newest = view->cards().last();
    ASSERT_TRUE(newest->openButton()->isVisible()) << "Marie's last message is still closed";
    QTest::mouseClick(newest->openButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return unreadCount() == unreadBefore - 1; }, 15000));

    // Download the spreadsheet of the first message; its bytes match the server's SHA-256.
    view->downloads()->setDirectory(files.filePath(QStringLiteral("Downloads")));
    MessageCard *first = view->cards().first();
    ASSERT_EQ(first->attachmentRows().size(), 1);
    AttachmentRow *sheet = first->attachmentRows().first();
    EXPECT_EQ(sheet->attachment().name, QStringLiteral("devis_2015.xlsx"));
    QTest::mouseClick(sheet->downloadButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sheet->downloadedPath().isEmpty(); }, 30000));
    QFile downloaded(sheet->downloadedPath());
    ASSERT_TRUE(downloaded.open(QIODevice::ReadOnly));
    EXPECT_EQ(
        QString::fromLatin1(
            QCryptographicHash::hash(downloaded.readAll(), QCryptographicHash::Sha256).toHex()),
        sheet->attachment().sha256);
    EXPECT_TRUE(sheet->openButton()->isVisible());
}

void GuideWalkthrough::writeAReplyWithAnAttachment()
{
    // Reply with an attachment: it appears on the right, with its file, on the server too.
    QTest::mouseClick(view->postButton(), Qt::LeftButton);
    compose = view->compose();
    ASSERT_TRUE(QTest::qWaitFor([&] { return compose->isVisible(); }));
    replyText = french() ? QStringLiteral("Le comité a approuvé le budget.")
                         : QStringLiteral("The committee approved the budget.");
    auto *messageBox = compose->findChild<QPlainTextEdit *>(QStringLiteral("composeText"));
    ASSERT_TRUE(messageBox);
    messageBox->setFocus();
    messageBox->insertPlainText(replyText); // keyClicks() types ASCII only
    ASSERT_TRUE(compose->addFiles(
        {writeFile(QStringLiteral("approval.pdf"), QByteArray(300 * 1024, 'a'))}));
}

void GuideWalkthrough::postTheReply()
{
    QSignalSpy posted(compose, &ComposePane::posted);
    QTest::mouseClick(compose->findChild<QPushButton *>(QStringLiteral("composeSubmit")),
                      Qt::LeftButton);
    ASSERT_TRUE(posted.count() > 0 || posted.wait(60000))
        << compose->findChild<QLabel *>(QStringLiteral("composeError"))->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->cards().size() == 8; }, 15000));
    const Message mine = view->cards().last()->message();
    EXPECT_TRUE(mine.mine);
    EXPECT_EQ(mine.body, replyText);
    ASSERT_EQ(mine.attachments.size(), 1);
    EXPECT_EQ(mine.attachments.first().name, QStringLiteral("approval.pdf"));
    EXPECT_EQ(mine.attachments.first().size, 300 * 1024);
    QScrollBar *bar = view->scrollArea()->verticalScrollBar();
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->value() == bar->maximum(); }, 2000))
        << "the reply is in sight: " << bar->value() << " of " << bar->maximum();
    QTest::qWait(300);
    EXPECT_EQ(bar->value(), bar->maximum());
}

void GuideWalkthrough::exportToPdf()
{
    // Print (to PDF): the title, the messages and the attachment names, in this language.
    const QString pdf = files.filePath(QStringLiteral("budget.pdf"));
    QSignalSpy exported(view, &ConversationView::exported);
    view->exportToPdf(pdf);
    ASSERT_TRUE(exported.count() > 0 || exported.wait(30000));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Budget requests")));
    EXPECT_TRUE(text.contains(QStringLiteral("devis_2015.xlsx")));
    EXPECT_TRUE(text.contains(QStringLiteral("approval.pdf")));
    EXPECT_TRUE(text.contains(replyText));
    EXPECT_TRUE(text.contains(QStringLiteral("Any news from the committee?")));
}

void GuideWalkthrough::goBackToTheList()
{
    // Back to the list (the Back button): the conversation is no longer unread.
    QTest::mouseClick(view->backButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->isVisible() && !table->isLoading(); }, 15000));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->summary(row).title == QStringLiteral("Budget requests")) {
            EXPECT_FALSE(table->summary(row).unread);
        }
    }
}

TEST_P(GuideWalkthrough, ReadBudgetRequestsDownloadReplyAndPrint)
{
    ASSERT_NO_FATAL_FAILURE(openAndTypeCredentials());
    ASSERT_NO_FATAL_FAILURE(submitCredentialsAndTypeTheCode());
    ASSERT_NO_FATAL_FAILURE(verifyAndLandOnTheWorkspace());
    ASSERT_NO_FATAL_FAILURE(openBudgetRequests());
    ASSERT_NO_FATAL_FAILURE(readTheNewestAndDownloadTheSpreadsheet());
    ASSERT_NO_FATAL_FAILURE(writeAReplyWithAnAttachment());
    ASSERT_NO_FATAL_FAILURE(postTheReply());
    ASSERT_NO_FATAL_FAILURE(exportToPdf());
    ASSERT_NO_FATAL_FAILURE(goBackToTheList());
}

// The same journey (without the PDF), a picture after each step.
TEST_P(GuideWalkthrough, ScreenshotsOfEachStep)
{
    ASSERT_NO_FATAL_FAILURE(openAndTypeCredentials());
    shoot(signIn, QStringLiteral("1-sign-in"));
    ASSERT_NO_FATAL_FAILURE(submitCredentialsAndTypeTheCode());
    shoot(signIn, QStringLiteral("2-second-factor"));
    ASSERT_NO_FATAL_FAILURE(verifyAndLandOnTheWorkspace());
    shoot(main, QStringLiteral("3-workspace"));
    ASSERT_NO_FATAL_FAILURE(openBudgetRequests());
    shoot(main, QStringLiteral("4-conversation"));
    ASSERT_NO_FATAL_FAILURE(readTheNewestAndDownloadTheSpreadsheet());
    shoot(main, QStringLiteral("5-downloaded"));
    ASSERT_NO_FATAL_FAILURE(writeAReplyWithAnAttachment());
    shoot(main, QStringLiteral("6-compose"));
    ASSERT_NO_FATAL_FAILURE(postTheReply());
    shoot(main, QStringLiteral("7-replied"));
    ASSERT_NO_FATAL_FAILURE(goBackToTheList());
    shoot(main, QStringLiteral("8-back-to-list"));
}

std::string languageName(const ::testing::TestParamInfo<const char *> &param)
{
    return std::string(param.param).substr(0, 2) == "fr" ? "French" : "English";
}

INSTANTIATE_TEST_SUITE_P(Languages, GuideWalkthrough, ::testing::Values("en_US", "fr_CA"),
                         languageName);

} // namespace
