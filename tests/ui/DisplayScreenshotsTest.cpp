// Issue 11, display: the workspace and a conversation in a dark and a high-contrast palette, and
// with the application font at 200%, in English and in French; no label or button is clipped at
// 200%. Writes <build>/screenshots/<language>/display-<dpr>x-*.png. CMake runs this executable
// twice: as is (device pixel ratio 1) and with QT_SCALE_FACTOR=2 (ratio 2). Look at the pictures.
#include "AccessibilityAudit.h"
#include "FindChild.h"
#include "Screenshot.h"
#include "UiTestServer.h"

#include "accounts/WorkspaceAccounts.h"
#include "conversation/ConversationView.h"
#include "i18n/Translations.h"
#include "models/ConversationTableModel.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "widgets/PaletteColors.h"
#include "workspace/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::child;
using pli::test::UiTestServer;

namespace {

QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

QPalette highContrastPalette()
{
    QPalette palette(Qt::white, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::Base, Qt::black);
    palette.setColor(QPalette::AlternateBase, Qt::black);
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::Button, Qt::black);
    palette.setColor(QPalette::ButtonText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    palette.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    return palette;
}

class DisplayScreenshots : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        language = QString::fromLatin1(GetParam());
        translations.use(QLocale(language));
        savedPalette = QApplication::palette();
        savedFont = QApplication::font();
        prefix = QStringLiteral("display-%1x-").arg(qRound(qApp->devicePixelRatio()));
    }
    void TearDown() override
    {
        QApplication::setPalette(savedPalette);
        QApplication::setFont(savedFont);
        translations.use(QLocale(QStringLiteral("en_CA")));
    }

    // The guide's workspace: a read-only conversation, an unread one; returns when its list
    // has loaded, `window` shown.
    void showWorkspace(MainWindow &window, WorkspaceAccounts &accounts, UiTestServer &server,
                       const std::string &id)
    {
        ApiClient *api = server.signedInClient(id, &window);
        accounts.add(QStringLiteral("demo"), QStringLiteral("tnuoccatset · connect.example.org"),
                     api);
        window.setLanguage(translations.current());
        window.resize(1100, 600);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                conversations = window.findChild<ConversationTableModel *>();
                return conversations && conversations->hasLoaded() && !conversations->isLoading();
            },
            15000));
    }

    std::string arrange(UiTestServer &server)
    {
        server.addCollaborator("marie", "marie.unetelle@innovactione.com");
        server.addCollaborator("paul", "paul.ancien@innovactione.com");
        const std::string id = server.addParticipant("tnuoccatset", "tnuoccatset101@gmail.com",
                                                     "Correct-Horse-Battery-9");
        server.startConversation("paul.ancien@innovactione.com", "tnuoccatset101@gmail.com",
                                 "Travel policy 2014");
        server.startConversation("marie.unetelle@innovactione.com", "tnuoccatset101@gmail.com",
                                 "Budget requests");
        server.admin({"user", "deactivate", "paul"});
        return id;
    }

    void openFirstConversation(MainWindow &window)
    {
        auto *table = child<QTableView>(&window, QStringLiteral("conversationTable"));
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        view = window.findChild<ConversationView *>();
        ASSERT_NE(view, nullptr);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return view->isVisible() && view->thread()->hasLoaded() && !view->cards().isEmpty();
            },
            15000));
        QTest::qWait(100);
    }

    // Workspace and conversation under the current palette and font.
    void shootWorkspace(const QString &name, bool checkClipping)
    {
        UiTestServer server;
        const std::string id = arrange(server);
        WorkspaceAccounts accounts;
        MainWindow window(&accounts);
        ASSERT_NO_FATAL_FAILURE(showWorkspace(window, accounts, server, id));
        QTest::qWait(100);
        pli::test::saveScreenshot(&window, language, prefix + name + QStringLiteral("-list"));
        if (checkClipping) {
            EXPECT_EQ(pli::test::clippedTexts(&window).join(QLatin1Char('\n')).toStdString(), "")
                << "list";
        }
        ASSERT_NO_FATAL_FAILURE(openFirstConversation(window));
        pli::test::saveScreenshot(&window, language,
                                  prefix + name + QStringLiteral("-conversation"));
        if (checkClipping) {
            EXPECT_EQ(pli::test::clippedTexts(&window).join(QLatin1Char('\n')).toStdString(), "")
                << "conversation";
        }
    }

    QString language;
    QString prefix;
    Translations translations;
    QPalette savedPalette;
    QFont savedFont;
    ConversationTableModel *conversations = nullptr;
    ConversationView *view = nullptr;
};

TEST_P(DisplayScreenshots, DarkPalette)
{
    QApplication::setPalette(darkPalette());
    ASSERT_TRUE(PaletteColors::isDark(QApplication::palette()));
    shootWorkspace(QStringLiteral("dark"), false);
}

TEST_P(DisplayScreenshots, HighContrastPalette)
{
    QApplication::setPalette(highContrastPalette());
    ASSERT_TRUE(PaletteColors::isHighContrast(QApplication::palette()));
    shootWorkspace(QStringLiteral("high-contrast"), false);
}

TEST_P(DisplayScreenshots, TextAtTwiceTheSystemSizeIsNotClipped)
{
    QFont large = QApplication::font();
    large.setPointSizeF(large.pointSizeF() * 2);
    QApplication::setFont(large);
    shootWorkspace(QStringLiteral("text-200"), true);
}

INSTANTIATE_TEST_SUITE_P(Languages, DisplayScreenshots, ::testing::Values("en_CA", "fr_CA"),
                         [](const auto &param) {
                             return std::string(param.param) == "en_CA" ? "English" : "French";
                         });

} // namespace
