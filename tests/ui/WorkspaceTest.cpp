// The workspace against a real server: sidebar, paging, sorting, delete selection, activity.
#include "FindChild.h"
#include "UiTestServer.h"

#include "accounts/WorkspaceAccounts.h"
#include "i18n/Translations.h"
#include "models/ActivityModel.h"
#include "models/ContactListModel.h"
#include "models/ConversationTableModel.h"
#include "models/PersonaListModel.h"
#include "net/ApiClient.h"
#include "widgets/PaginationBar.h"
#include "widgets/StatePane.h"
#include "workspace/ActivityDialog.h"
#include "workspace/AddressBookView.h"
#include "workspace/ConversationListView.h"
#include "workspace/ConversationPresentationModel.h"
#include "workspace/MainWindow.h"
#include "workspace/PersonaSidebar.h"
#include "workspace/SidebarEntry.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::child;
using pli::test::UiTestServer;

namespace {

class WorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        translations.use(QLocale(QStringLiteral("en_CA")));
        server.addCollaborator("marie", "marie.unetelle@innovactione.com");
        aliceId = server.addParticipant("alice", "alice@example.org", "Correct-Horse-Battery-9");
        // 25 conversations, the oldest first.
        for (int i = 1; i <= 25; ++i)
            ids.push_back(server.startConversation("marie.unetelle@innovactione.com",
                                                   "alice@example.org",
                                                   "Conversation " + std::to_string(i)));
        window = std::make_unique<MainWindow>(&accounts);
        api = server.signedInClient(aliceId, window.get());
        accounts.add(QStringLiteral("alice"), QStringLiteral("alice"), api);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(waitLoaded());
    }

    ConversationTableModel *model() const { return window->findChild<ConversationTableModel *>(); }
    ConversationListView *list() const
    {
        return child<ConversationListView>(window.get(), QStringLiteral("conversationList"));
    }
    QTableView *table() const
    {
        return child<QTableView>(window.get(), QStringLiteral("conversationTable"));
    }
    QStandardItemModel *sidebarItems() const
    {
        return child<QStandardItemModel>(window.get(), QStringLiteral("personaSidebarModel"));
    }
    QTreeView *sidebarView() const
    {
        return child<QTreeView>(window.get(), QStringLiteral("personaSidebarView"));
    }
    QAction *deleteAction() const
    {
        return child<QAction>(window.get(), QStringLiteral("deleteSelectionAction"));
    }
    QLineEdit *filterEdit() const
    {
        return child<QLineEdit>(window.get(), QStringLiteral("conversationFilter"));
    }
    // The sidebar row showing `email`, null when none does.
    QStandardItem *sidebarRowOf(const QString &email) const
    {
        for (int row = 0; row < sidebarItems()->rowCount(); ++row)
            if (sidebarItems()->item(row)->data(SidebarEntry::EmailRole).toString() == email)
                return sidebarItems()->item(row);
        return nullptr;
    }

    bool waitLoaded()
    {
        return QTest::qWaitFor(
            [&] { return model() && model()->hasLoaded() && !model()->isLoading(); }, 15000);
    }

    Translations translations;
    UiTestServer server;
    std::string aliceId;
    std::vector<std::string> ids;
    WorkspaceAccounts accounts; // outlives the window
    std::unique_ptr<MainWindow> window;
    ApiClient *api = nullptr;
};

// Clicks the button of the next modal message box that has `role`.
void answerNextMessageBox(QMessageBox::ButtonRole role)
{
    QTimer::singleShot(0, [role] {
        (void)QTest::qWaitFor(
            [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
    });
}

} // namespace

TEST_F(WorkspaceTest, SidebarShowsThePersonaWithItsUnreadBadgeAndOpensItsList)
{
    QStandardItem *item = nullptr;
    for (int row = 0; row < sidebarItems()->rowCount(); ++row) {
        QStandardItem *candidate = sidebarItems()->item(row);
        if (candidate->data(SidebarEntry::KindRole).toInt() == SidebarEntry::Persona)
            item = candidate;
    }
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->data(SidebarEntry::EmailRole).toString(), QStringLiteral("alice@example.org"));
    EXPECT_EQ(item->data(SidebarEntry::UnreadRole).toInt(), 25);
    EXPECT_EQ(list()->personaId(), item->data(SidebarEntry::PersonaIdRole));
    // Keyboard: Down from the persona reaches the address book, then Help.
    sidebarView()->setFocus();
    QTest::keyClick(sidebarView(), Qt::Key_Down);
    EXPECT_EQ(sidebarView()->currentIndex().data(SidebarEntry::KindRole).toInt(),
              int(SidebarEntry::AddressBook));
    QTest::keyClick(sidebarView(), Qt::Key_Down);
    EXPECT_EQ(sidebarView()->currentIndex().data(SidebarEntry::KindRole).toInt(),
              int(SidebarEntry::Help));
}

TEST_F(WorkspaceTest, PaginationMovesBetweenPagesAndDisablesWhatIsMeaningless)
{
    auto *bar = child<PaginationBar>(window.get(), QStringLiteral("conversationPagination"));
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model()->rowCount(), 10);
    EXPECT_EQ(model()->pages(), 3);
    EXPECT_EQ(bar->positionLabel()->text(), QStringLiteral("Page 1 of 3"));
    EXPECT_FALSE(bar->firstButton()->isEnabled());
    EXPECT_FALSE(bar->previousButton()->isEnabled());
    EXPECT_TRUE(bar->nextButton()->isEnabled());
    QTest::mouseClick(bar->nextButton(), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->page() == 2 && !model()->isLoading(); }, 15000));
    EXPECT_TRUE(bar->previousButton()->isEnabled());
    QTest::mouseClick(bar->lastButton(), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->page() == 3 && !model()->isLoading(); }, 15000));
    EXPECT_EQ(model()->rowCount(), 5);
    EXPECT_FALSE(bar->nextButton()->isEnabled());
    EXPECT_FALSE(bar->lastButton()->isEnabled());
    // 30 per page: everything on one page, remembered for next time.
    bar->perPageBox()->setCurrentIndex(2);
    emit bar->perPageBox()->activated(2);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->rowCount() == 25 && !model()->isLoading(); }, 15000));
    EXPECT_EQ(bar->positionLabel()->text(), QStringLiteral("Page 1 of 1"));
    EXPECT_EQ(QSettings().value(QStringLiteral("workspace/perPage")).toInt(), 30);
}

TEST_F(WorkspaceTest, DateHeaderTogglesNewestAndOldestFirst)
{
    QTableView *table = this->table();
    auto datesAreSorted = [&](bool newestFirst) {
        for (int row = 1; row < model()->rowCount(); ++row) {
            const QDateTime before = model()->summary(row - 1).modifiedAt;
            const QDateTime after = model()->summary(row).modifiedAt;
            if (newestFirst ? before < after : before > after)
                return false;
        }
        return true;
    };
    auto header = [&] {
        return table->model()
            ->headerData(ConversationTableModel::ModifiedColumn, Qt::Horizontal)
            .toString();
    };
    EXPECT_EQ(model()->query().order, SortOrder::Descending);
    EXPECT_TRUE(datesAreSorted(true));
    EXPECT_TRUE(header().endsWith(QStringLiteral("▼")));
    emit table->horizontalHeader()->sectionClicked(ConversationTableModel::ModifiedColumn);
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(model()->query().order, SortOrder::Ascending);
    EXPECT_TRUE(datesAreSorted(false));
    EXPECT_TRUE(header().endsWith(QStringLiteral("▲")));
    emit table->horizontalHeader()->sectionClicked(ConversationTableModel::ModifiedColumn);
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(model()->query().order, SortOrder::Descending);
    EXPECT_TRUE(header().endsWith(QStringLiteral("▼")));
}

TEST_F(WorkspaceTest, NewConversationsAreBoldWithTheUnreadBubble)
{
    QAbstractItemModel *shown = table()->model();
    const QModelIndex title = shown->index(0, ConversationTableModel::TitleColumn);
    EXPECT_TRUE(title.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(title.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(shown->index(0, ConversationTableModel::ActivityColumn).data().toString(),
              QStringLiteral("view"));
}

TEST_F(WorkspaceTest, ReadOnlyConversationsAreRedWithAnExplanation)
{
    server.admin({"user", "deactivate", "marie"});
    window->refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->summary(0).readOnly; }, 15000));
    QAbstractItemModel *shown = table()->model();
    const QModelIndex owner = shown->index(0, ConversationTableModel::OwnerColumn);
    EXPECT_EQ(owner.data(Qt::ForegroundRole).value<QColor>(),
              ConversationPresentationModel::readOnlyColor());
    EXPECT_TRUE(
        owner.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no longer active")));
    // Not by colour alone: a lock beside the owner, and the words for screen readers.
    EXPECT_FALSE(owner.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_TRUE(
        owner.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("read only")));
}

TEST_F(WorkspaceTest, DeleteSelectionConfirmsHowManyAndRemovesThem)
{
    model()->setData(model()->index(0, ConversationTableModel::CheckColumn), Qt::Checked,
                     Qt::CheckStateRole);
    model()->setData(model()->index(1, ConversationTableModel::CheckColumn), Qt::Checked,
                     Qt::CheckStateRole);
    EXPECT_TRUE(deleteAction()->isEnabled());
    QString question;
    QTimer::singleShot(0, [&] {
        (void)QTest::qWaitFor(
            [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            question = box->text();
    });
    answerNextMessageBox(QMessageBox::DestructiveRole);
    deleteAction()->trigger();
    EXPECT_EQ(question, QStringLiteral("Delete 2 conversations from your list?"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->total() == 23 && !model()->isLoading(); }, 15000));
}

TEST_F(WorkspaceTest, CancellingTheConfirmationDeletesNothing)
{
    model()->setData(model()->index(0, ConversationTableModel::CheckColumn), Qt::Checked,
                     Qt::CheckStateRole);
    answerNextMessageBox(QMessageBox::RejectRole);
    deleteAction()->trigger();
    window->refresh();
    ASSERT_TRUE(waitLoaded());
    EXPECT_EQ(model()->total(), 25);
}

TEST_F(WorkspaceTest, ActivityDialogOpensFromViewAndSortsByName)
{
    QTableView *table = this->table();
    const QModelIndex view = table->model()->index(0, ConversationTableModel::ActivityColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(view).center());
    ActivityDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = window->findChild<ActivityDialog *>()); }, 5000));
    auto *activity = child<ActivityModel>(dialog);
    ASSERT_NE(activity, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return activity->hasLoaded(); }, 15000));
    QAbstractItemModelTester tester(activity,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GE(activity->rowCount(), 1);
    EXPECT_TRUE(dialog->windowTitle().contains(model()->summary(0).title));
    QHeaderView *header =
        child<QTableView>(dialog, QStringLiteral("activityTable"))->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(0) + 5, 5));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return activity->sortKey() == ActivitySort::Name && !activity->isLoading(); },
        15000));
    dialog->close();
}

TEST_F(WorkspaceTest, FilterAsksTheServer)
{
    QTest::keyClicks(filterEdit(), QStringLiteral("Conversation 7"));
    QTest::keyClick(filterEdit(), Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->total() == 1 && !model()->isLoading(); }, 15000));
    EXPECT_EQ(model()->summary(0).title, QStringLiteral("Conversation 7"));
    filterEdit()->clear();
    QTest::keyClick(filterEdit(), Qt::Key_Return);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->total() == 25 && !model()->isLoading(); }, 15000));
}

TEST_F(WorkspaceTest, EnterOpensTheConversation)
{
    QSignalSpy open(window.get(), &MainWindow::openConversationRequested);
    QTableView *table = this->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, ConversationTableModel::TitleColumn));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).toString(), QStringLiteral("alice"));
    EXPECT_EQ(open.at(0).at(1).toString(), model()->summary(2).id);
}

TEST_F(WorkspaceTest, TwoAccountsSitSideBySide)
{
    const std::string bobId =
        server.addParticipant("bob", "bob@example.org", "Correct-Horse-Battery-9");
    server.startConversation("marie.unetelle@innovactione.com", "bob@example.org", "For Bob");
    ApiClient *bobApi = server.signedInClient(bobId, window.get());
    accounts.add(QStringLiteral("bob"), QStringLiteral("bob"), bobApi);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return accounts.personas(QStringLiteral("bob"))->hasLoaded(); }, 15000));
    QStandardItem *bobPersona = sidebarRowOf(QStringLiteral("bob@example.org"));
    ASSERT_NE(bobPersona, nullptr);
    sidebarView()->setCurrentIndex(bobPersona->index());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->total() == 1 && !model()->isLoading(); }, 15000));
    EXPECT_EQ(model()->summary(0).title, QStringLiteral("For Bob"));
    // The account menu acts on Bob's account now.
    EXPECT_EQ(child<QToolButton>(window.get(), QStringLiteral("accountButton"))->text(),
              QStringLiteral("bob"));
    // Alice is still there.
    EXPECT_TRUE(accounts.contains(QStringLiteral("alice")));
    EXPECT_NE(sidebarRowOf(QStringLiteral("alice@example.org")), nullptr);
    accounts.remove(QStringLiteral("bob"));
    EXPECT_FALSE(accounts.contains(QStringLiteral("bob")));
    EXPECT_EQ(sidebarRowOf(QStringLiteral("bob@example.org")), nullptr);
}

TEST_F(WorkspaceTest, AddressBookShowsAStateInsteadOfABlankPage)
{
    QStandardItem *book = nullptr;
    for (int row = 0; row < sidebarItems()->rowCount(); ++row) {
        QStandardItem *item = sidebarItems()->item(row);
        if (item->data(SidebarEntry::KindRole).toInt() == SidebarEntry::AddressBook)
            book = item;
    }
    ASSERT_NE(book, nullptr);
    sidebarView()->setCurrentIndex(book->index());
    auto *view = child<AddressBookView>(window.get(), QStringLiteral("addressBook"));
    ContactListModel *contacts = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            contacts = view->findChild<ContactListModel *>();
            return contacts && contacts->hasLoaded();
        },
        15000));
    if (contacts->rowCount() == 0) {
        auto *state = child<StatePane>(view, QStringLiteral("contactState"));
        EXPECT_EQ(state->kind(), StatePane::Kind::Empty);
        EXPECT_FALSE(state->title().isEmpty());
    }
}
