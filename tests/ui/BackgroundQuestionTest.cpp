// "Keep running in the background": without a notification area closing the window quits as
// before and nothing is asked; with one, the first close asks, "Don't ask again" (ticked) keeps
// the answer, unticked asks again next time; a kept "yes" hides the window instead of closing
// it. Screenshots of the question in English and French.
#include "FindChild.h"
#include "Screenshot.h"

#include "accounts/WorkspaceAccounts.h"
#include "i18n/Translations.h"
#include "tray/BackgroundPreference.h"
#include "tray/BackgroundQuestion.h"
#include "workspace/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace pli::ui;

namespace {

class BackgroundQuestionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        translations.use(QLocale(QStringLiteral("en_CA")));
    }

    // Acts on the next question box: `untick` clears "Don't ask again", then `button` is
    // clicked (or, with `screenshot`, the box is saved first). Counts the questions seen.
    void answerNextQuestion(const QString &button, bool untick = false,
                            const QString &screenshot = {})
    {
        auto *poll = new QTimer(&window);
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [=, this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"backgroundQuestion")
                return;
            poll->deleteLater();
            ++asked;
            if (!screenshot.isEmpty())
                pli::test::saveScreenshot(box, QLocale().name().left(2), screenshot);
            if (untick)
                box->findChild<QCheckBox *>(QStringLiteral("dontAskAgain"))->setChecked(false);
            box->findChild<QPushButton *>(button)->click();
        });
        poll->start();
    }

    pli::Translations translations;
    pli::WorkspaceAccounts accounts;
    MainWindow window{&accounts};
    int asked = 0;
};

} // namespace

TEST_F(BackgroundQuestionTest, WithoutANotificationAreaTheWindowClosesAndNothingIsAsked)
{
    EXPECT_FALSE(BackgroundQuestion::keepRunningOnClose(false, &window));
    BackgroundPreference::setKeepRunning(true);
    EXPECT_FALSE(BackgroundQuestion::keepRunningOnClose(false, &window));
    EXPECT_EQ(asked, 0);
}

TEST_F(BackgroundQuestionTest, TheFirstCloseAsksAndTheAnswerIsKept)
{
    EXPECT_FALSE(BackgroundPreference::keepRunning().has_value()) << "off until decided";
    answerNextQuestion(QStringLiteral("keepRunning"));
    EXPECT_TRUE(BackgroundQuestion::keepRunningOnClose(true, &window));
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(BackgroundPreference::keepRunning(), true);
    // Decided: not asked again.
    EXPECT_TRUE(BackgroundQuestion::keepRunningOnClose(true, &window));
    EXPECT_EQ(asked, 1);

    BackgroundPreference::reset();
    answerNextQuestion(QStringLiteral("quitPli"));
    EXPECT_FALSE(BackgroundQuestion::keepRunningOnClose(true, &window));
    EXPECT_EQ(BackgroundPreference::keepRunning(), false);
}

TEST_F(BackgroundQuestionTest, UntickingDontAskAgainAsksNextTime)
{
    answerNextQuestion(QStringLiteral("keepRunning"), true);
    EXPECT_TRUE(BackgroundQuestion::keepRunningOnClose(true, &window));
    EXPECT_FALSE(BackgroundPreference::keepRunning().has_value());
    answerNextQuestion(QStringLiteral("quitPli"), true);
    EXPECT_FALSE(BackgroundQuestion::keepRunningOnClose(true, &window));
    EXPECT_EQ(asked, 2);
}

TEST_F(BackgroundQuestionTest, KeepingPliRunningHidesTheWindowInsteadOfClosingIt)
{
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    window.setKeepRunningOnClose([] { return true; });
    EXPECT_FALSE(window.close()) << "the close is refused: the window hides";
    EXPECT_FALSE(window.isVisible());
    EXPECT_TRUE(window.isOutOfSight());
    QTest::qWait(50);
    EXPECT_TRUE(lastClosed.isEmpty()) << "Pli goes on";

    window.show();
    window.setKeepRunningOnClose([] { return false; });
    EXPECT_TRUE(window.close());
}

TEST_F(BackgroundQuestionTest, ScreenshotsInEnglishAndFrench)
{
    answerNextQuestion(QStringLiteral("keepRunning"), false, QStringLiteral("background-question"));
    BackgroundQuestion::ask(&window);
    ASSERT_TRUE(translations.use(QLocale(QStringLiteral("fr_CA"))));
    BackgroundPreference::reset();
    QString title;
    auto *poll = new QTimer(&window);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            title = box->text();
    });
    poll->start();
    answerNextQuestion(QStringLiteral("quitPli"), false, QStringLiteral("background-question"));
    BackgroundQuestion::ask(&window);
    poll->stop();
    EXPECT_TRUE(title.startsWith(QStringLiteral("Garder Pli"))) << title.toStdString();
    EXPECT_EQ(asked, 2);
}
