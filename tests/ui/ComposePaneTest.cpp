// Replying in a conversation against the real pli-server: a message with two attachments
// uploaded (tus) then posted, shown on the right and stored on the server; an attachment over
// the 1 GB limit refused before any upload; an empty message refused; a failed post keeping the
// draft and the uploads so that Retry continues; Back and closing the window asking before a
// draft is lost; files dropped on the pane (folders and web addresses refused with a reason);
// screenshots in English and French.
#include "ConversationThreadFixture.h"

#include "compose/ComposePane.h"
#include "conversation/MessageCard.h"
#include "models/TransferListModel.h"

#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>

using namespace pli;
using namespace Qt::StringLiterals;
using namespace pli::test;
using pli::ui::ComposePane;

namespace {

class Compose : public ConversationThreadFixture
{
protected:
    ComposePane *pane() const { return view->compose(); }
    // The pane's parts, found as a person finds them: by what they are.
    template<class W> W *part(const QString &name) const
    {
        W *found = pane()->findChild<W *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }
    QPlainTextEdit *textEdit() const { return part<QPlainTextEdit>(u"composeText"_s); }
    QPushButton *browseButton() const { return part<QPushButton>(u"composeBrowse"_s); }
    QPushButton *submitButton() const { return part<QPushButton>(u"composeSubmit"_s); }
    QPushButton *cancelButton() const { return part<QPushButton>(u"composeCancel"_s); }
    QLabel *errorLabel() const { return part<QLabel>(u"composeError"_s); }
    QLabel *totalLabel() const { return part<QLabel>(u"composeTotal"_s); }

    void startReply(const std::string &conversationId)
    {
        openInView(conversationId);
        QTest::mouseClick(view->postButton(), Qt::LeftButton);
        ASSERT_TRUE(pane()->isVisible());
        ASSERT_FALSE(view->postButton()->isVisible());
    }

    // The question the pane asks before losing a draft, as the person saw it.
    struct Asked
    {
        bool shown = false;
        QString title;
        QStringList buttons;
    };

    // Answers the next question box by clicking its button named `buttonName` ("keepWriting"
    // or "discardDraft") as soon as it appears, and tells what it showed.
    std::shared_ptr<Asked> answerNextQuestion(const QString &buttonName,
                                              const QString &screenshotName = {})
    {
        auto asked = std::make_shared<Asked>();
        auto *poll = new QTimer(view.get());
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, asked, buttonName, screenshotName] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll->stop();
            poll->deleteLater();
            asked->shown = true;
            asked->title = box->windowTitle();
            for (QAbstractButton *button : box->buttons())
                asked->buttons.append(button->text());
            if (!screenshotName.isEmpty())
                saveQuestion(box, screenshotName);
            if (auto *answer = box->findChild<QPushButton *>(buttonName))
                answer->click();
            else
                box->reject();
        });
        poll->start();
        return asked;
    }

    // The question box as a PNG beside the other screenshots (it is mostly plain background,
    // which the fixture's blank-grab check would take for a failed grab).
    static void saveQuestion(QWidget *box, const QString &name)
    {
        const QString language =
            QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
        const QString folder = QStringLiteral(PLI_SCREENSHOT_DIR "/") + language;
        QDir().mkpath(folder);
        const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
        EXPECT_TRUE(box->grab().save(path)) << path.toStdString();
    }

    // Drags `urls` over `target` (the pane unless said) and drops them; true when taken.
    bool drop(const QList<QUrl> &urls, QWidget *target = nullptr)
    {
        target = target ? target : pane();
        QMimeData data;
        data.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        EXPECT_TRUE(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropped);
        return dropped.isAccepted();
    }

    nlohmann::json newestMessage(const std::string &conversationId)
    {
        auto res = getWith(*http, "/api/v1/conversations/" + conversationId + "/messages?limit=1",
                           marieToken);
        return jsonOf(res)["items"][0];
    }
};

TEST_F(Compose, RepliesWithTwoAttachmentsThatReachTheServer)
{
    const std::string id = budgetRequests(3);
    startReply(id);
    QByteArray first, second;
    const QString a = makeFile(QStringLiteral("forecast 2015.pdf"), 300 * 1024, &first);
    const QString b = makeFile(QStringLiteral("notes.txt"), 1234, &second);
    QTest::keyClicks(textEdit(), QStringLiteral("Here are the forecasts."));
    ASSERT_TRUE(pane()->addFiles({a, b}));
    EXPECT_EQ(pane()->files().size(), 2);
    EXPECT_TRUE(totalLabel()->text().startsWith(u"Total: 301.2 kB of 1 GB"_s))
        << totalLabel()->text().toStdString();
    screenshot(view.get(), QStringLiteral("compose-attachments"));

    QSignalSpy posted(view.get(), &pli::ui::ConversationView::messagePosted);
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    EXPECT_TRUE(pane()->isBusy());
    // Leaving while it is sent is refused, with the reason.
    EXPECT_FALSE(view->requestBack());
    EXPECT_EQ(errorLabel()->text(),
              u"Your message is being sent. Wait until it appears, or choose Cancel to stop "
              u"sending it."_s);
    ASSERT_TRUE(posted.count() > 0 || posted.wait(20000)) << errorLabel()->text().toStdString();

    EXPECT_FALSE(pane()->isVisible());
    EXPECT_TRUE(view->postButton()->isVisible());
    EXPECT_FALSE(pane()->hasDraft());
    pli::ui::MessageCard *card = view->cards().last();
    EXPECT_TRUE(card->message().mine);
    EXPECT_EQ(card->message().body, u"Here are the forecasts."_s);
    EXPECT_EQ(card->attachmentRows().size(), 2);
    EXPECT_EQ(view->countLabel()->text(), u"Showing 4 of 4 messages."_s);

    const auto stored = newestMessage(id);
    EXPECT_EQ(stored["body"], "Here are the forecasts.");
    ASSERT_EQ(stored["attachments"].size(), 2u);
    EXPECT_EQ(stored["attachments"][0]["name"], "forecast 2015.pdf");
    EXPECT_EQ(stored["attachments"][0]["size"], 300 * 1024);
    EXPECT_EQ(stored["attachments"][0]["sha256"],
              QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex().toStdString());
    EXPECT_EQ(stored["attachments"][1]["name"], "notes.txt");
    EXPECT_EQ(stored["attachments"][1]["sha256"],
              QCryptographicHash::hash(second, QCryptographicHash::Sha256).toHex().toStdString());
    screenshot(view.get(), QStringLiteral("compose-posted"));
}

TEST_F(Compose, RefusesAnAttachmentOverTheLimitBeforeUploading)
{
    startReply(budgetRequests(2));
    // Sparse: 1 GiB and one byte, without writing a gigabyte.
    const QString big = dir(QStringLiteral("sources")) + QStringLiteral("/huge.iso");
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(1073741824LL + 1));
    }
    const QString small = makeFile(QStringLiteral("small.txt"), 10);
    ASSERT_TRUE(pane()->addFiles({small}));
    EXPECT_FALSE(pane()->addFiles({big}));
    EXPECT_TRUE(errorLabel()->isVisible());
    EXPECT_TRUE(errorLabel()->text().contains(u"at most 1 GB"_s))
        << errorLabel()->text().toStdString();
    EXPECT_EQ(pane()->files(), QStringList{small});           // what was there is kept
    EXPECT_EQ(view->downloads()->transfers()->rowCount(), 0); // nothing was sent
    screenshot(view.get(), QStringLiteral("compose-too-large"));
    useLanguage(QLocale::French);
    EXPECT_FALSE(pane()->addFiles({big}));
    EXPECT_TRUE(errorLabel()->text().contains(u"1 Go"_s) ||
                errorLabel()->text().contains(u"1,0 Go"_s))
        << errorLabel()->text().toStdString();
    EXPECT_EQ(submitButton()->text(), u"Soumettre"_s);
    EXPECT_EQ(browseButton()->text(), u"Parcourir…"_s);
    screenshot(view.get(), QStringLiteral("compose-too-large"));
}

TEST_F(Compose, AnEmptyMessageIsRefusedWithAClearMessage)
{
    startReply(budgetRequests(2));
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    EXPECT_FALSE(pane()->isBusy());
    EXPECT_TRUE(errorLabel()->isVisible());
    EXPECT_EQ(errorLabel()->text(), u"Write a message before submitting it."_s);
}

TEST_F(Compose, AFailedPostKeepsTheDraftAndUploadsAndRetryContinues)
{
    const std::string id = budgetRequests(2);
    startReply(id);
    const QString a = makeFile(QStringLiteral("a.bin"), 20000);
    textEdit()->setPlainText(QStringLiteral("Second try"));
    ASSERT_TRUE(pane()->addFiles({a}));
    // The collaborator is deactivated while Jean writes: the post is refused.
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET active = 0 WHERE id = ?", marieUser);
    }
    QSignalSpy failed(pane(), &ComposePane::failed);
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_FALSE(pane()->isBusy());
    EXPECT_EQ(textEdit()->toPlainText(), u"Second try"_s);
    EXPECT_EQ(pane()->files().size(), 1);
    EXPECT_EQ(submitButton()->text(), u"Retry"_s);
    EXPECT_TRUE(errorLabel()->isVisible());
    TransferListModel *uploads = view->downloads()->transfers();
    ASSERT_EQ(uploads->rowCount(), 1);
    EXPECT_EQ(uploads->record(0).state, TransferRecord::State::Completed);
    screenshot(view.get(), QStringLiteral("compose-failed"));

    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET active = 1 WHERE id = ?", marieUser);
    }
    QSignalSpy posted(pane(), &ComposePane::posted);
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    ASSERT_TRUE(posted.wait(20000)) << errorLabel()->text().toStdString();
    // The finished upload was reused, not sent again.
    EXPECT_EQ(uploads->rowCount(), 1);
    const auto stored = newestMessage(id);
    EXPECT_EQ(stored["body"], "Second try");
    EXPECT_EQ(stored["attachments"].size(), 1u);
}

TEST_F(Compose, AnUploadTheServerNoLongerHasIsSentAgain)
{
    const std::string id = budgetRequests(2);
    startReply(id);
    QByteArray content;
    const QString a = makeFile(QStringLiteral("a.bin"), 20000, &content);
    textEdit()->setPlainText(QStringLiteral("Second try"));
    ASSERT_TRUE(pane()->addFiles({a}));
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE users SET active = 0 WHERE id = ?", marieUser);
    }
    QSignalSpy failed(pane(), &ComposePane::failed);
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(20000));
    // Meanwhile the finished upload outlived its lifetime on the server.
    {
        auto guard = server.db().lock();
        server.db().execute("UPDATE uploads SET expires_at = 0 WHERE user_id = ?", jeanUser);
        server.db().execute("UPDATE users SET active = 1 WHERE id = ?", marieUser);
    }
    QSignalSpy posted(pane(), &ComposePane::posted);
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    ASSERT_TRUE(posted.wait(20000)) << errorLabel()->text().toStdString();
    TransferListModel *uploads = view->downloads()->transfers();
    EXPECT_EQ(uploads->rowCount(), 2) << "the file was uploaded a second time";
    const auto stored = newestMessage(id);
    ASSERT_EQ(stored["attachments"].size(), 1u);
    EXPECT_EQ(stored["attachments"][0]["sha256"],
              QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().toStdString());
}

TEST_F(Compose, BackWithADraftAsksAndKeepsTheDraftWhenAskedTo)
{
    startReply(budgetRequests(2));
    QTest::keyClicks(textEdit(), QStringLiteral("Half a thought"));
    QSignalSpy back(view.get(), &pli::ui::ConversationView::backRequested);

    auto asked = answerNextQuestion(QStringLiteral("keepWriting"),
                                    QStringLiteral("compose-discard-question"));
    QTest::mouseClick(view->backButton(), Qt::LeftButton);
    EXPECT_TRUE(asked->shown);
    EXPECT_EQ(asked->title, u"Discard the message?"_s);
    EXPECT_TRUE(asked->buttons.contains(u"Keep writing"_s))
        << asked->buttons.join(u", "_s).toStdString();
    EXPECT_TRUE(asked->buttons.contains(u"Discard"_s));
    EXPECT_EQ(back.count(), 0);
    EXPECT_EQ(textEdit()->toPlainText(), u"Half a thought"_s);
    EXPECT_TRUE(pane()->isVisible());

    asked = answerNextQuestion(QStringLiteral("discardDraft"));
    QTest::mouseClick(view->backButton(), Qt::LeftButton);
    EXPECT_TRUE(asked->shown);
    EXPECT_EQ(back.count(), 1);
    EXPECT_FALSE(pane()->hasDraft());
    EXPECT_FALSE(pane()->isVisible());

    useLanguage(QLocale::French);
    QTest::mouseClick(view->postButton(), Qt::LeftButton);
    textEdit()->setPlainText(QStringLiteral("Une idée à moitié"));
    asked = answerNextQuestion(QStringLiteral("keepWriting"),
                               QStringLiteral("compose-discard-question"));
    QTest::mouseClick(view->backButton(), Qt::LeftButton);
    EXPECT_TRUE(asked->shown);
    EXPECT_EQ(asked->title, u"Abandonner le message?"_s);
    EXPECT_EQ(textEdit()->toPlainText(), u"Une idée à moitié"_s);
}

TEST_F(Compose, LeavingForAnotherPageAsksAboutTheDraft)
{
    startReply(budgetRequests(2));
    textEdit()->setPlainText(QStringLiteral("Half a thought"));
    auto asked = answerNextQuestion(QStringLiteral("keepWriting"));
    EXPECT_FALSE(view->confirmLeave());
    EXPECT_TRUE(asked->shown);
    EXPECT_EQ(textEdit()->toPlainText(), u"Half a thought"_s);
    asked = answerNextQuestion(QStringLiteral("discardDraft"));
    EXPECT_TRUE(view->confirmLeave());
    EXPECT_FALSE(pane()->hasDraft());
    // Nothing to lose: no question.
    asked = answerNextQuestion(QStringLiteral("keepWriting"));
    EXPECT_TRUE(view->confirmLeave());
    QTest::qWait(60);
    EXPECT_FALSE(asked->shown);
}

TEST_F(Compose, BackWithoutADraftAsksNothing)
{
    startReply(budgetRequests(2));
    QSignalSpy back(view.get(), &pli::ui::ConversationView::backRequested);
    auto asked = answerNextQuestion(QStringLiteral("keepWriting"));
    QTest::mouseClick(view->backButton(), Qt::LeftButton);
    EXPECT_EQ(back.count(), 1);
    QTest::qWait(60);
    EXPECT_FALSE(asked->shown);
}

TEST_F(Compose, ClosingTheWindowWithADraftAsksFirst)
{
    // The view inside a main window, as the workspace shows it.
    QMainWindow host;
    host.setCentralWidget(view.get());
    // The fixture owns the view: give it back whatever happens.
    const auto giveBack = qScopeGuard([&] {
        host.takeCentralWidget();
        view->setParent(nullptr);
    });
    host.resize(900, 760);
    host.show();
    startReply(budgetRequests(2));
    const QString file = makeFile(QStringLiteral("draft.txt"), 100);
    ASSERT_TRUE(pane()->addFiles({file}));

    auto asked = answerNextQuestion(QStringLiteral("keepWriting"));
    EXPECT_FALSE(host.close());
    EXPECT_TRUE(asked->shown);
    EXPECT_TRUE(host.isVisible());
    EXPECT_EQ(pane()->files(), QStringList{file});
    // Another page of the window in front of the thread loses nothing either.
    view->hide();
    asked = answerNextQuestion(QStringLiteral("keepWriting"));
    EXPECT_FALSE(host.close());
    EXPECT_TRUE(asked->shown);
    EXPECT_EQ(pane()->files(), QStringList{file});

    asked = answerNextQuestion(QStringLiteral("discardDraft"));
    EXPECT_TRUE(host.close());
    EXPECT_TRUE(asked->shown);
    EXPECT_FALSE(host.isVisible());
}

TEST_F(Compose, DroppedFilesAreAttached)
{
    startReply(budgetRequests(2));
    const QString a = makeFile(QStringLiteral("plan.pdf"), 2048);
    const QString b = makeFile(QStringLiteral("photo 1.jpg"), 4096);
    EXPECT_TRUE(drop({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)}));
    EXPECT_EQ(pane()->files(), (QStringList{a, b}));
    EXPECT_EQ(pane()->totalBytes(), 2048 + 4096);
    EXPECT_FALSE(errorLabel()->isVisible());
    // The same file dropped again is not attached twice.
    EXPECT_TRUE(drop({QUrl::fromLocalFile(a)}));
    EXPECT_EQ(pane()->files().size(), 2);
    // Dropped on the message box, a file is attached too, not pasted into the text.
    const QString c = makeFile(QStringLiteral("c.txt"), 10);
    EXPECT_TRUE(drop({QUrl::fromLocalFile(c)}, textEdit()->viewport()));
    EXPECT_EQ(pane()->files(), (QStringList{a, b, c}));
    EXPECT_TRUE(textEdit()->toPlainText().isEmpty());
}

TEST_F(Compose, DroppedFoldersAndWebAddressesAreRefusedWithAReason)
{
    startReply(budgetRequests(2));
    const QString folder = dir(QStringLiteral("sources/Budget 2015"));
    EXPECT_FALSE(drop({QUrl::fromLocalFile(folder)}));
    EXPECT_TRUE(pane()->files().isEmpty());
    EXPECT_TRUE(errorLabel()->isVisible());
    EXPECT_EQ(errorLabel()->text(),
              folder + u" is a folder: attach the files it contains instead."_s);

    EXPECT_FALSE(drop({QUrl(u"https://innovactione.example/devis.xlsx"_s)}));
    EXPECT_TRUE(pane()->files().isEmpty());
    EXPECT_EQ(errorLabel()->text(),
              u"https://innovactione.example/devis.xlsx is not a file on this computer: download "
              u"it first, then attach it."_s);

    // A file dropped with a folder is attached; the folder is still explained.
    const QString file = makeFile(QStringLiteral("notes.txt"), 10);
    EXPECT_TRUE(drop({QUrl::fromLocalFile(file), QUrl::fromLocalFile(folder)}));
    EXPECT_EQ(pane()->files(), QStringList{file});
    EXPECT_TRUE(errorLabel()->isVisible());
    EXPECT_TRUE(errorLabel()->text().contains(u"is a folder"_s));
    screenshot(view.get(), QStringLiteral("compose-drop-refused"));

    // Through addFiles (Browse…) a folder is refused the same way.
    EXPECT_FALSE(pane()->addFiles({folder}));
    EXPECT_EQ(pane()->files(), QStringList{file});
}

TEST_F(Compose, DroppedFilesOverTheLimitAreRefused)
{
    startReply(budgetRequests(2));
    const QString big = dir(QStringLiteral("sources")) + QStringLiteral("/disk.img");
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(1073741824LL + 1));
    }
    EXPECT_FALSE(drop({QUrl::fromLocalFile(big)}));
    EXPECT_TRUE(pane()->files().isEmpty());
    EXPECT_TRUE(errorLabel()->text().contains(u"at most 1 GB"_s))
        << errorLabel()->text().toStdString();
    EXPECT_EQ(view->downloads()->transfers()->rowCount(), 0);
    // With a folder in the same drop, both reasons are given.
    EXPECT_FALSE(drop({QUrl::fromLocalFile(big), QUrl::fromLocalFile(dir(u"sources/old"_s))}));
    const QString both = errorLabel()->text();
    EXPECT_TRUE(both.contains(u"at most 1 GB"_s) && both.contains(u"is a folder"_s))
        << both.toStdString();
}

TEST_F(Compose, FrenchComposePane)
{
    useLanguage(QLocale::French);
    startReply(budgetRequests(3));
    textEdit()->setPlainText(QStringLiteral("Voici les prévisions."));
    ASSERT_TRUE(pane()->addFiles({makeFile(QStringLiteral("prévisions 2015.pdf"), 300 * 1024),
                                  makeFile(QStringLiteral("notes.txt"), 1234)}));
    EXPECT_EQ(cancelButton()->text(), u"Annuler"_s);
    screenshot(view.get(), QStringLiteral("compose-attachments"));
    QSignalSpy posted(pane(), &ComposePane::posted);
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    ASSERT_TRUE(posted.wait(20000));
    screenshot(view.get(), QStringLiteral("compose-posted"));
}

} // namespace
