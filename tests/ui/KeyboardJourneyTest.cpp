// Issue 11: the desktop without a mouse. Against `pli-server --demo`, with keys only (sent to the
// widget that has the focus, as a keyboard would), a participant signs in with the
// authenticator's code, reaches "Budget requests" in the conversation table, opens it, reads the
// next messages and the newest one, downloads the spreadsheet, replies with an attachment chosen
// in the file dialog, and signs out through the account menu. An event filter fails the test on
// any mouse button or wheel event. Every step also checks that each control on screen has an
// accessible name and description (AccessibilityAudit).
#include "AccessibilityAudit.h"
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
#include "signin/CodeEdit.h"
#include "signin/SecondFactorPage.h"
#include "signin/SignInWindow.h"
#include "workspace/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <gtest/gtest.h>

#include <functional>

using namespace pli;
using namespace pli::ui;
using pli::test::child;

namespace {

const QString kDemoPassword = QStringLiteral("PliDemo-2015-Guide");
const QString kDemoSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

template<typename T> T *topLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<T *>(widget); window && window->isVisible())
            return window;
    return nullptr;
}

// Counts the mouse events any widget receives while the journey runs: there must be none.
class MouseWatch : public QObject
{
public:
    int events = 0;
    QString last;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
            ++events;
            last = QString::fromLatin1(watched->metaObject()->className());
            break;
        case QEvent::MouseMove:
            if (static_cast<QMouseEvent *>(event)->buttons() != Qt::NoButton) {
                ++events;
                last = QString::fromLatin1(watched->metaObject()->className());
            }
            break;
        default:
            break;
        }
        return false;
    }
};

class KeyboardJourney : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        ASSERT_TRUE(files.isValid());
        translations.use(QLocale(QLocale::English, QLocale::UnitedStates));
        qApp->installEventFilter(&mouse);
    }

    void TearDown() override
    {
        qApp->removeEventFilter(&mouse);
        windows.reset();
        EXPECT_EQ(mouse.events, 0) << "a mouse event reached " << mouse.last.toStdString();
    }

    // Where a key goes: an open menu, else the widget with the keyboard focus.
    static QWidget *keyTarget()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        if (QWidget *focused = QApplication::focusWidget())
            return focused;
        if (QWidget *active = QApplication::activeWindow())
            return active;
        // A dialog closed: a window manager gives the activation back to the window below (Xvfb
        // has none).
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (window->isVisible() && window->windowType() == Qt::Window) {
                window->activateWindow();
                (void)QTest::qWaitForWindowActive(window, 2000);
                return QApplication::focusWidget() ? QApplication::focusWidget() : window;
            }
        }
        return nullptr;
    }

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = keyTarget();
        ASSERT_NE(target, nullptr) << "no widget has the keyboard focus";
        QTest::keyClick(target, key, modifiers);
        QApplication::processEvents();
    }

    static void type(const QString &text)
    {
        QWidget *target = keyTarget();
        ASSERT_NE(target, nullptr) << "no widget has the keyboard focus";
        QTest::keyClicks(target, text);
    }

    // Presses Tab until the focus is on `wanted` (at most `limit` times).
    static bool tabTo(const QWidget *wanted, int limit = 120)
    {
        for (int i = 0; i < limit; ++i) {
            if (QApplication::focusWidget() == wanted)
                return true;
            QTest::keyClick(keyTarget(), Qt::Key_Tab);
            QApplication::processEvents();
        }
        return QApplication::focusWidget() == wanted;
    }

    // Every window on screen names its controls.
    static void auditWindows(const char *step)
    {
        for (QWidget *window : QApplication::topLevelWidgets())
            if (window->isVisible()) {
                EXPECT_EQ(
                    pli::test::accessibilityProblems(window).join(QLatin1Char('\n')).toStdString(),
                    "")
                    << "at step: " << step;
            }
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    pli::test::TestServer server{{"--demo"}};
    QTemporaryDir files;
    Translations translations;
    AccountStore store{pli::test::freshSettingsFile()};
    CredentialStore credentials;
    std::unique_ptr<ApplicationWindows> windows;
    MouseWatch mouse;
};

TEST_F(KeyboardJourney, SignInReadDownloadReplyWithAnAttachmentAndSignOut)
{
    windows = std::make_unique<ApplicationWindows>(&store, &credentials, &translations);
    windows->start(QString::fromStdString(server.baseUrl()));
    SignInWindow *signIn = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (signIn = topLevel<SignInWindow>()) != nullptr; }));
    signIn->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(signIn));
    auditWindows("sign-in");

    // Username, Enter (to the password), password, Enter; then the authenticator's code, Enter.
    type(QStringLiteral("demo"));
    press(Qt::Key_Return);
    type(kDemoPassword);
    press(Qt::Key_Return);
    auto *secondFactor = child<SecondFactorPage>(signIn);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return QApplication::focusWidget() == secondFactor->codeEdit(); }, 15000))
        << "the code box has the focus after the password";
    auditWindows("second factor");
    type(pli::test::UiTestServer::totpNow(kDemoSecret));
    press(Qt::Key_Return);

    MainWindow *main = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (main = topLevel<MainWindow>()) != nullptr; }, 15000));
    main->resize(1200, 800);
    main->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(main));
    auto *tableView = child<QTableView>(main, QStringLiteral("conversationTable"));
    ConversationTableModel *table = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            table = main->findChild<ConversationTableModel *>();
            return table && table->rowCount() > 0 && !table->isLoading();
        },
        15000));
    auditWindows("workspace");

    // Tab to the table, Down to "Budget requests", Enter.
    ASSERT_TRUE(tabTo(tableView));
    press(Qt::Key_Home, Qt::ControlModifier);
    const QString budget = QStringLiteral("Budget requests");
    auto currentTitle = [&] {
        const int row = tableView->currentIndex().row();
        return row < 0 ? QString() : table->summary(row).title;
    };
    for (int i = 0; i < table->rowCount() && currentTitle() != budget; ++i)
        press(Qt::Key_Down);
    ASSERT_EQ(currentTitle(), budget);
    press(Qt::Key_Return);
    ConversationView *view = main->findChild<ConversationView *>();
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return view->isVisible() && view->thread()->hasLoaded() && view->cards().size() == 5;
        },
        15000));
    auditWindows("conversation");

    // Read on: "Show next", then open the newest message.
    ASSERT_TRUE(tabTo(view->showNextButton()));
    press(Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->cards().size() == 7; }, 15000));
    ASSERT_TRUE(view->cards().last()->openButton()->isVisible()) << "the newest is still closed";
    ASSERT_TRUE(tabTo(view->cards().last()->openButton()));
    press(Qt::Key_Space);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !view->cards().last()->openButton()->isVisible(); }, 15000));

    // Download the spreadsheet of the first message.
    view->downloads()->setDirectory(files.filePath(QStringLiteral("Downloads")));
    AttachmentRow *sheet = view->cards().first()->attachmentRows().value(0);
    ASSERT_NE(sheet, nullptr);
    ASSERT_TRUE(tabTo(sheet->downloadButton()));
    press(Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sheet->downloadedPath().isEmpty(); }, 30000));
    EXPECT_TRUE(QFile::exists(sheet->downloadedPath()));
    auditWindows("downloaded");

    // Reply: the Post button, the text, the attachment from the file dialog, Submit.
    ASSERT_TRUE(tabTo(view->postButton()));
    press(Qt::Key_Space);
    ComposePane *compose = view->compose();
    ASSERT_TRUE(QTest::qWaitFor([&] { return compose->isVisible(); }));
    auto *text = child<QPlainTextEdit>(compose, QStringLiteral("composeText"));
    ASSERT_TRUE(tabTo(text));
    type(QStringLiteral("The committee approved the budget."));
    auditWindows("compose");
    const QString attachment =
        writeFile(QStringLiteral("approval.pdf"), QByteArray(200 * 1024, 'a'));
    bool chose = false;
    // The file dialog runs its own event loop: the keys for it come from a timer within it.
    ASSERT_TRUE(tabTo(child<QPushButton>(compose, QStringLiteral("composeBrowse"))));
    QTimer::singleShot(0, [&] {
        QFileDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (dialog =
                                qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
                },
                10000))
            return;
        // As a window manager does for a new dialog (Xvfb has none).
        dialog->activateWindow();
        if (!QTest::qWaitFor([&] { return dialog->isAncestorOf(QApplication::focusWidget()); },
                             5000))
            return;
        QTest::keyClicks(keyTarget(), attachment);
        for (int i = 0; i < 3 && dialog->isVisible(); ++i) {
            QTest::keyClick(keyTarget(), Qt::Key_Return);
            QApplication::processEvents();
        }
        chose = !dialog->isVisible();
    });
    press(Qt::Key_Space);
    ASSERT_TRUE(chose) << "the file dialog took the typed path";
    ASSERT_EQ(compose->files(), QStringList{attachment});
    QSignalSpy posted(compose, &ComposePane::posted);
    ASSERT_TRUE(tabTo(child<QPushButton>(compose, QStringLiteral("composeSubmit"))));
    press(Qt::Key_Space);
    ASSERT_TRUE(posted.count() > 0 || posted.wait(60000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->cards().size() == 8; }, 15000));
    const Message mine = view->cards().last()->message();
    EXPECT_TRUE(mine.mine);
    EXPECT_EQ(mine.body, QStringLiteral("The committee approved the budget."));
    ASSERT_EQ(mine.attachments.size(), 1);
    EXPECT_EQ(mine.attachments.first().name, QStringLiteral("approval.pdf"));
    auditWindows("replied");

    // Sign out: the account button (Space opens its menu, which runs its own event loop), Down
    // to "Sign out", Enter.
    QString chosen;
    ASSERT_TRUE(tabTo(child<QToolButton>(main, QStringLiteral("accountButton"))));
    QTimer::singleShot(0, [&] {
        QMenu *menu = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())); },
                5000))
            return;
        auto active = [&] {
            return menu->activeAction() ? menu->activeAction()->objectName() : QString();
        };
        for (int i = 0; i < 12 && active() != QLatin1String("signOutAction"); ++i) {
            QTest::keyClick(menu, Qt::Key_Down);
            QApplication::processEvents();
        }
        chosen = active();
        QTest::keyClick(menu,
                        chosen == QLatin1String("signOutAction") ? Qt::Key_Return : Qt::Key_Escape);
    });
    press(Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !chosen.isEmpty(); }, 5000));
    ASSERT_EQ(chosen, QStringLiteral("signOutAction"));
    auto *accounts = child<WorkspaceAccounts>(windows.get());
    ASSERT_TRUE(QTest::qWaitFor([&] { return accounts->keys().isEmpty(); }, 15000));
}

} // namespace
