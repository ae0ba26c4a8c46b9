// Links reaching the running desktop client, as app/desktop/main.cpp wires it: over the
// instance's local socket from a later `pli` (the real binary too), as a macOS file-open event,
// and where they lead: the sign-in pages, or a conversation of the right account and persona,
// after a sign-in when none is signed in yet. A later start also brings the window forward.
#include "FindChild.h"
#include "UiTestServer.h"

#include "ApplicationWindows.h"
#include "accounts/AccountStore.h"
#include "auth/AuthSession.h"
#include "conversation/ConversationView.h"
#include "i18n/Translations.h"
#include "instance/SingleInstance.h"
#include "keychain/CredentialStore.h"
#include "links/FileOpenLinks.h"
#include "signin/CodeEdit.h"
#include "signin/CredentialsPage.h"
#include "signin/EnrollmentPage.h"
#include "signin/SecondFactorPage.h"
#include "signin/SignInWindow.h"
#include "signin/TokenPasswordPage.h"
#include "workspace/ConversationListView.h"
#include "workspace/MainWindow.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <future>

using namespace pli;
using namespace pli::ui;
using pli::test::child;
using pli::test::UiTestServer;

namespace {

const QString kSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
const std::string kPassword = "Correct-Horse-Battery-9";

template<typename T> T *topLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<T *>(widget); window && window->isVisible())
            return window;
    return nullptr;
}

// A later `pli` handing its arguments over, played by another thread (the running instance
// answers from this thread's event loop, kept running meanwhile).
SingleInstance::Role handOver(const QString &name, const QStringList &arguments)
{
    auto later = std::async(std::launch::async, [name, arguments] {
        return SingleInstance(name).claim(arguments, 5000);
    });
    while (later.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return later.get();
}

class ApplicationLinks : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        instanceName = dir.filePath(QStringLiteral("pli"));
    }
    void TearDown() override { windows.reset(); }

    // The desktop client as main.cpp builds it: the running instance, its windows.
    void startPli()
    {
        instance = std::make_unique<SingleInstance>(instanceName);
        ASSERT_EQ(instance->claim({}), SingleInstance::Role::First);
        windows = std::make_unique<ApplicationWindows>(&store, &credentials, &translations);
        QObject::connect(instance.get(), &SingleInstance::argumentsReceived, windows.get(),
                         &ApplicationWindows::handleArguments);
        windows->start(server.url());
    }

    QString linkTo(const QString &path) const
    {
        return QStringLiteral("pli://%1%2server=%3")
            .arg(path, path.contains(u'?') ? QStringLiteral("&") : QStringLiteral("?"),
                 QString::fromLatin1(QUrl::toPercentEncoding(server.url())));
    }

    QString mailedToken(const std::string &address)
    {
        const auto mail = server.server().lastMailTo(address);
        EXPECT_TRUE(mail.has_value());
        // The token alone: e-mailed links go on with "&server=…".
        return QRegularExpression(QStringLiteral("token=([^&\\s]+)"))
            .match(QString::fromStdString(mail.value_or("")))
            .captured(1);
    }

    SignInWindow *waitForSignIn()
    {
        SignInWindow *window = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] { return (window = topLevel<SignInWindow>()); }, 15000));
        return window;
    }

    bool waitForPage(SignInWindow *window, SignInPage *page)
    {
        return QTest::qWaitFor([&] { return window->currentPage() == page && !page->isBusy(); },
                               15000);
    }

    // Signs alice in through the sign-in window (password, then the authenticator's code).
    void signInAlice(SignInWindow *window)
    {
        auto *page = child<CredentialsPage>(window);
        page->usernameEdit()->clear();
        QTest::keyClicks(page->usernameEdit(), QStringLiteral("alice"));
        QTest::keyClicks(page->passwordEdit(), QString::fromStdString(kPassword));
        QTest::mouseClick(page->signInButton(), Qt::LeftButton);
        auto *second = child<SecondFactorPage>(window);
        ASSERT_TRUE(waitForPage(window, second));
        QTest::keyClicks(second->codeEdit(), UiTestServer::totpNow(kSecret));
        QTest::mouseClick(second->verifyButton(), Qt::LeftButton);
    }

    MainWindow *waitForWorkspace()
    {
        MainWindow *main = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] { return (main = topLevel<MainWindow>()); }, 15000));
        return main;
    }

    // The conversation on screen is `id`, with its persona's list behind it (once the account's
    // personas are loaded, for an account signed in a moment ago).
    void expectConversationOpen(MainWindow *main, const std::string &id,
                                const std::string &personaId)
    {
        auto *view = child<ConversationView>(main, QStringLiteral("conversationView"));
        auto *list = child<ConversationListView>(main, QStringLiteral("conversationList"));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return view->isVisible() && view->conversationId() == QString::fromStdString(id) &&
                       list->personaId() == QString::fromStdString(personaId);
            },
            15000))
            << "shown: " << view->conversationId().toStdString() << " over the list of "
            << list->personaId().toStdString();
        // The persona's tab is chosen after the workspace's own first choice (both follow the
        // personas' loading, in that order): the conversation stays on screen.
        EXPECT_TRUE(view->isVisible());
    }

    std::string arrangeConversation(std::string *alicePersona)
    {
        server.addCollaborator("marc", "marc@example.org");
        server.addParticipant("alice", "alice@example.org", kPassword, kSecret.toStdString());
        const std::string second = "alice.work@example.org";
        server.admin({"persona", "add", "alice", second});
        const std::string id = server.startConversation("marc@example.org", second, "Devis 2015");
        auto persona =
            server.server().db().query("SELECT id FROM personas WHERE email = ?", second);
        EXPECT_TRUE(persona.next());
        *alicePersona = persona.text(0);
        return id;
    }

    UiTestServer server;
    QTemporaryDir dir;
    QString instanceName;
    std::unique_ptr<SingleInstance> instance;
    Translations translations;
    AccountStore store{pli::test::freshSettingsFile()};
    CredentialStore credentials;
    std::unique_ptr<ApplicationWindows> windows;
};

} // namespace

TEST_F(ApplicationLinks, AnInvitationHandedOverEndsSignedIn)
{
    server.admin({"user", "add", "tina", "--display-name", "Tina", "--email", "tina@example.org"});
    server.admin({"user", "invite", "tina"});
    startPli();
    SignInWindow *signIn = waitForSignIn();
    ASSERT_TRUE(signIn);

    // `pli pli://auth/invitation?token=…` started while Pli runs.
    const QString link =
        linkTo(QStringLiteral("auth/invitation?token=") + mailedToken("tina@example.org"));
    ASSERT_EQ(handOver(instanceName, {link}), SingleInstance::Role::HandedOver);
    auto *page = child<TokenPasswordPage>(signIn);
    ASSERT_TRUE(waitForPage(signIn, page));
    EXPECT_EQ(page->heading(), QStringLiteral("Choose your password"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("tokenUsername")),
                     QStringLiteral("tina"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("tokenNewPassword")),
                     QStringLiteral("Ete-2015-a-Montreal"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("tokenConfirmPassword")),
                     QStringLiteral("Ete-2015-a-Montreal"));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("tokenSubmit")), Qt::LeftButton);

    auto *enrol = child<EnrollmentPage>(signIn);
    ASSERT_TRUE(waitForPage(signIn, enrol)) << signIn->currentPage()->errorText().toStdString();
    QTest::keyClicks(enrol->codeEdit(),
                     UiTestServer::totpNow(child<AuthSession>(signIn)->totpSecret()));
    enrol->deviceNameEdit()->clear();
    QTest::keyClicks(enrol->deviceNameEdit(), QStringLiteral("phone"));
    QTest::mouseClick(enrol->finishButton(), Qt::LeftButton);
    ASSERT_TRUE(waitForWorkspace());
}

TEST_F(ApplicationLinks, AConversationLinkOpensItForTheRightPersona)
{
    std::string persona;
    const std::string id = arrangeConversation(&persona);
    startPli();
    signInAlice(waitForSignIn());
    MainWindow *main = waitForWorkspace();
    ASSERT_TRUE(main);

    ASSERT_EQ(handOver(instanceName,
                       {linkTo(QStringLiteral("conversation/") + QString::fromStdString(id))}),
              SingleInstance::Role::HandedOver);
    expectConversationOpen(main, id, persona);
}

TEST_F(ApplicationLinks, AConversationLinkBeforeSigningInOpensOnceSignedIn)
{
    std::string persona;
    const std::string id = arrangeConversation(&persona);
    startPli();
    SignInWindow *signIn = waitForSignIn();
    windows->openLink(linkTo(QStringLiteral("conversation/") + QString::fromStdString(id)));
    auto *credentialsPage = child<CredentialsPage>(signIn);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !credentialsPage->noticeText().isEmpty(); }));
    EXPECT_TRUE(credentialsPage->noticeText().contains(QStringLiteral("open the conversation")));
    signInAlice(signIn);
    MainWindow *main = waitForWorkspace();
    ASSERT_TRUE(main);
    expectConversationOpen(main, id, persona);
}

TEST_F(ApplicationLinks, AConversationNoAccountSeesIsExplained)
{
    std::string persona;
    arrangeConversation(&persona);
    startPli();
    signInAlice(waitForSignIn());
    ASSERT_TRUE(waitForWorkspace());
    windows->openLink(linkTo(QStringLiteral("conversation/c_doesnotexist")));
    QMessageBox *box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (widget->objectName() == QStringLiteral("linkProblem") && widget->isVisible())
                    box = qobject_cast<QMessageBox *>(widget);
            return box != nullptr;
        },
        15000));
    EXPECT_TRUE(box->text().contains(QStringLiteral("Add another account")));
    box->accept();
}

TEST_F(ApplicationLinks, ABadLinkIsExplained)
{
    startPli();
    SignInWindow *signIn = waitForSignIn();
    ASSERT_TRUE(signIn);
    windows->openLink(QStringLiteral("pli://auth/invitation"));
    QMessageBox *box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return (box = signIn->findChild<QMessageBox *>(QStringLiteral("linkProblem"))) &&
               box->isVisible();
    }));
    EXPECT_EQ(box->text(),
              Error(Error::Code::InvalidLink, QStringLiteral("missing_token")).message());
    box->accept();
}

TEST_F(ApplicationLinks, ALaterStartBringsTheWindowForward)
{
    startPli();
    SignInWindow *signIn = waitForSignIn();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(signIn));
    signIn->showMinimized();
    ASSERT_TRUE(QTest::qWaitFor([&] { return signIn->isMinimized(); }, 5000));
    ASSERT_EQ(handOver(instanceName, {}), SingleInstance::Role::HandedOver);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return !signIn->isMinimized() && signIn->isVisible(); }, 5000));
}

TEST_F(ApplicationLinks, AMacFileOpenEventIsALink)
{
    FileOpenLinks filter;
    QSignalSpy opened(&filter, &FileOpenLinks::linkOpened);
    qApp->installEventFilter(&filter);
    QFileOpenEvent link(QUrl(QStringLiteral("pli://conversation/c_1")));
    QCoreApplication::sendEvent(qApp, &link);
    QFileOpenEvent document(QStringLiteral("/tmp/report.pdf"));
    QCoreApplication::sendEvent(qApp, &document);
    qApp->removeEventFilter(&filter);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), QStringLiteral("pli://conversation/c_1"));
}

// The real `pli` binary as a later start: it hands its link over and exits at once.
TEST_F(ApplicationLinks, ASecondPliHandsItsLinkOverAndExits)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    // The name the program computes from its own settings file.
    SingleInstance running(
        SingleInstance::nameFor(home.filePath(QStringLiteral("config/Pli/Pli.conf"))));
    ASSERT_EQ(running.claim({}), SingleInstance::Role::First);
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);

    QProcess later;
    later.setProcessEnvironment(environment);
    const QString link =
        QStringLiteral("pli://auth/unlock?token=abc&server=https%3A%2F%2Fpli.example.org");
    later.start(QStringLiteral(PLI_DESKTOP_BINARY), {link});
    ASSERT_TRUE(QTest::qWaitFor([&] { return later.state() == QProcess::NotRunning; }, 30000))
        << later.readAllStandardError().toStdString();
    EXPECT_EQ(later.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(later.exitCode(), 0) << later.readAllStandardError().toStdString();
    ASSERT_EQ(received.count(), 1);
    EXPECT_EQ(received.at(0).at(0).toStringList(), QStringList{link});
}

// `pli --help` and `pli --version` answer without a display.
TEST(PliCommandLine, HelpAndVersionNeedNoDisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    QTemporaryDir home;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess pli;
        pli.setProcessEnvironment(environment);
        pli.start(QStringLiteral(PLI_DESKTOP_BINARY), {option});
        ASSERT_TRUE(pli.waitForFinished(30000));
        EXPECT_EQ(pli.exitCode(), 0)
            << option.toStdString() << pli.readAllStandardError().toStdString();
        const QString out = QString::fromUtf8(pli.readAllStandardOutput());
        if (option == QStringLiteral("--help")) {
            EXPECT_TRUE(out.contains(QStringLiteral("--server"))) << out.toStdString();
            EXPECT_TRUE(out.contains(QStringLiteral("pli://"))) << out.toStdString();
        } else {
            EXPECT_TRUE(out.startsWith(QStringLiteral("Pli "))) << out.toStdString();
        }
    }
}
