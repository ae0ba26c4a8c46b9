// The address book against a real server: adding a contact (checked locally, then by the
// server, nothing typed lost on a refusal), deleting with a confirmation that names them, the
// Delete key, the empty state saying how to add someone. Also writes its screenshots (en, fr).
#include "FindChild.h"
#include "UiTestServer.h"

#include "api/AddContactJob.h"
#include "i18n/Translations.h"
#include "models/ContactListModel.h"
#include "net/ApiClient.h"
#include "widgets/StatePane.h"
#include "workspace/AddressBookView.h"
#include "workspace/ContactForm.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace pli;
using namespace pli::ui;
using pli::test::child;
using pli::test::UiTestServer;

namespace {

class AddressBookViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        translations.use(QLocale(language()));
        aliceId = server.addParticipant("alice", "alice@example.org", "Correct-Horse-Battery-9");
        api = server.signedInClient(aliceId, &view);
        view.resize(860, 460);
        view.showAccount(api, QStringLiteral("alice"), QStringLiteral("alice · 127.0.0.1"));
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        // Not waiting to be the active window: other test programs share the display (ctest
        // -j) and may hold it; the keys below are sent to the widgets themselves.
        view.activateWindow();
        ASSERT_TRUE(waitLoaded());
    }
    void TearDown() override { translations.use(QLocale(QStringLiteral("en_CA"))); }
    virtual QString language() const { return QStringLiteral("en_CA"); }

    ContactListModel *model() const { return view.findChild<ContactListModel *>(); }
    ContactForm *form() const { return child<ContactForm>(&view, QStringLiteral("contactForm")); }
    QLineEdit *nameEdit() const { return child<QLineEdit>(&view, QStringLiteral("contactName")); }
    QLineEdit *emailEdit() const { return child<QLineEdit>(&view, QStringLiteral("contactEmail")); }
    QPushButton *addButton() const
    {
        return child<QPushButton>(&view, QStringLiteral("addContact"));
    }
    QPushButton *deleteButton() const
    {
        return child<QPushButton>(&view, QStringLiteral("deleteContacts"));
    }
    QTableView *table() const { return child<QTableView>(&view, QStringLiteral("contactTable")); }
    StatePane *statePane() const { return child<StatePane>(&view, QStringLiteral("contactState")); }
    bool waitLoaded()
    {
        return QTest::qWaitFor([&] { return model()->hasLoaded() && !model()->isLoading(); },
                               15000);
    }
    void addDirectly(const QString &name, const QString &email)
    {
        auto *job = api->addContact(email, name);
        job->setAutoDelete(false);
        ASSERT_TRUE(job->isFinished() || QSignalSpy(job, &Job::finished).wait(10000));
        ASSERT_TRUE(job->isSuccess());
        delete job;
    }
    void type(const QString &name, const QString &email)
    {
        nameEdit()->clear();
        emailEdit()->clear();
        QTest::keyClicks(nameEdit(), name);
        QTest::keyClicks(emailEdit(), email);
    }
    int storedContacts()
    {
        auto &db = server.server().db();
        auto guard = db.lock();
        auto st = db.query("SELECT COUNT(*) FROM contacts");
        st.next();
        return int(st.integer(0));
    }

    Translations translations;
    UiTestServer server;
    std::string aliceId;
    AddressBookView view;
    ApiClient *api = nullptr;
};

} // namespace

TEST_F(AddressBookViewTest, TheEmptyBookSaysHowToAddSomeone)
{
    EXPECT_EQ(statePane()->kind(), StatePane::Kind::Empty);
    EXPECT_TRUE(statePane()->detail().contains(QStringLiteral("Add contact")));
    EXPECT_TRUE(form()->isVisible());
    EXPECT_FALSE(deleteButton()->isEnabled());
}

TEST_F(AddressBookViewTest, AddsAContactWithEnterAndSelectsIt)
{
    QSignalSpy changed(&view, &AddressBookView::contactsChanged);
    type(QStringLiteral("Marie Unetelle"), QStringLiteral(" marie.unetelle@innovactione.com "));
    QTest::keyClick(emailEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->rowCount() == 1; }, 10000));
    EXPECT_EQ(model()->contact(0).displayName, QStringLiteral("Marie Unetelle"));
    EXPECT_EQ(model()->contact(0).email, QStringLiteral("marie.unetelle@innovactione.com"));
    EXPECT_TRUE(nameEdit()->text().isEmpty());
    EXPECT_TRUE(emailEdit()->text().isEmpty());
    EXPECT_TRUE(form()->errorText().isEmpty());
    EXPECT_EQ(view.selectedIds(), QStringList{model()->contact(0).id});
    EXPECT_TRUE(deleteButton()->isEnabled());
    ASSERT_EQ(changed.size(), 1);
    EXPECT_TRUE(changed[0][0].toString().contains(QStringLiteral("Marie Unetelle")));
}

TEST_F(AddressBookViewTest, WhatCannotBeAddedIsExplainedAndKept)
{
    type(QStringLiteral("Marie"), QString());
    QTest::mouseClick(addButton(), Qt::LeftButton);
    EXPECT_EQ(form()->errorText(), QStringLiteral("Enter the contact's e-mail address."));
    EXPECT_EQ(view.focusWidget(), emailEdit()); // the window may not be active

    type(QStringLiteral("Marie"), QStringLiteral("marie.innovactione.com"));
    QTest::mouseClick(addButton(), Qt::LeftButton);
    EXPECT_TRUE(form()->errorText().contains(QStringLiteral("is not an e-mail address")));
    EXPECT_EQ(nameEdit()->text(), QStringLiteral("Marie"));
    EXPECT_EQ(emailEdit()->text(), QStringLiteral("marie.innovactione.com"));

    type(QString(210, u'M'), QStringLiteral("marie@innovactione.com"));
    QTest::keyClick(nameEdit(), Qt::Key_Return);
    EXPECT_TRUE(form()->errorText().contains(QStringLiteral("200 characters")));
    EXPECT_EQ(view.focusWidget(), nameEdit());
    QTest::qWait(300);
    EXPECT_EQ(storedContacts(), 0) << "nothing was sent";

    // Fixing the field and adding clears the error.
    type(QStringLiteral("Marie"), QStringLiteral("marie@innovactione.com"));
    QTest::keyClick(emailEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->rowCount() == 1; }, 10000));
    EXPECT_TRUE(form()->errorText().isEmpty());
}

TEST_F(AddressBookViewTest, TheServersRefusalsAreShownAndTheTextKept)
{
    addDirectly(QStringLiteral("Marie"), QStringLiteral("marie@innovactione.com"));
    view.reload();
    ASSERT_TRUE(waitLoaded());

    type(QStringLiteral("Marie again"), QStringLiteral("marie@innovactione.com"));
    QTest::keyClick(emailEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !form()->errorText().isEmpty(); }, 10000));
    EXPECT_EQ(form()->errorText(),
              QStringLiteral("marie@innovactione.com is already in your address book."));
    EXPECT_EQ(nameEdit()->text(), QStringLiteral("Marie again"));
    EXPECT_TRUE(addButton()->isEnabled());

    // Passes the local check, refused by the server's stricter rule (two dots in a row).
    type(QStringLiteral("Bad"), QStringLiteral("marie..u@innovactione.com"));
    QTest::keyClick(emailEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return form()->errorText().contains(QStringLiteral("does not accept")); }, 10000));
    EXPECT_EQ(emailEdit()->text(), QStringLiteral("marie..u@innovactione.com"));
    EXPECT_EQ(storedContacts(), 1);
}

TEST_F(AddressBookViewTest, DeleteKeyAsksNamingTheContactThenDeletesIt)
{
    addDirectly(QStringLiteral("Marie Unetelle"), QStringLiteral("marie@innovactione.com"));
    addDirectly(QStringLiteral("Paul"), QStringLiteral("paul@example.org"));
    view.reload();
    ASSERT_TRUE(waitLoaded());
    ASSERT_EQ(model()->rowCount(), 2);
    table()->setFocus();
    table()->selectRow(model()->rowOf(model()->contacts().first().id));
    const QString chosen = view.selectedIds().first();
    const Contact contact = model()->contact(model()->rowOf(chosen));

    QString asked;
    QTimer::singleShot(0, [&] {
        (void)QTest::qWaitFor(
            [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        }
    });
    QTest::keyClick(table(), Qt::Key_Delete);
    EXPECT_TRUE(asked.contains(contact.email)) << asked.toStdString();
    EXPECT_TRUE(asked.contains(contact.displayName));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->rowCount() == 1 && !model()->isLoading(); }, 10000));
    EXPECT_EQ(model()->rowOf(chosen), -1);
    EXPECT_EQ(storedContacts(), 1);
}

TEST_F(AddressBookViewTest, DeletingSeveralSaysHowManyAndCancelKeepsThem)
{
    addDirectly(QStringLiteral("Marie"), QStringLiteral("marie@innovactione.com"));
    addDirectly(QStringLiteral("Paul"), QStringLiteral("paul@example.org"));
    addDirectly(QString(), QStringLiteral("nameless@example.org"));
    view.reload();
    ASSERT_TRUE(waitLoaded());
    table()->selectAll();

    const auto answer = [&](QMessageBox::ButtonRole role, QString *text, QString *button) {
        QTimer::singleShot(0, [=] {
            (void)QTest::qWaitFor(
                [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); },
                5000);
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text() + u'\n' + box->informativeText();
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        *button = b->text();
                }
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == role) {
                        b->click();
                        return;
                    }
            }
        });
    };
    QString text;
    QString button;
    answer(QMessageBox::RejectRole, &text, &button);
    QTest::mouseClick(deleteButton(), Qt::LeftButton);
    EXPECT_TRUE(text.contains(QStringLiteral("Delete 3 contact"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("nameless@example.org")));
    // "contact(s)" until translations/pli_en.ts gives the English plural forms.
    EXPECT_TRUE(button.startsWith(QStringLiteral("Delete 3 contact"))) << button.toStdString();
    QTest::qWait(300);
    EXPECT_EQ(storedContacts(), 3) << "cancelled";

    answer(QMessageBox::DestructiveRole, &text, &button);
    QTest::mouseClick(deleteButton(), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model()->rowCount() == 0 && !model()->isLoading(); }, 10000));
    EXPECT_EQ(storedContacts(), 0);
    EXPECT_EQ(statePane()->kind(), StatePane::Kind::Empty);
}

// Screenshots of the address book in English and French, for people to look at.
class AddressBookScreenshots : public AddressBookViewTest,
                               public ::testing::WithParamInterface<const char *>
{
protected:
    QString language() const override { return QString::fromLatin1(GetParam()); }
    void save(QWidget *widget, const QString &name)
    {
        QApplication::processEvents();
        const QString dir = QStringLiteral(PLI_SCREENSHOT_DIR "/") + language();
        QDir().mkpath(dir);
        const QPixmap picture = widget->grab();
        ASSERT_FALSE(picture.isNull());
        EXPECT_TRUE(picture.save(dir + u'/' + name + QStringLiteral(".png")));
    }
};

TEST_P(AddressBookScreenshots, EmptyFilledErrorAndConfirmation)
{
    save(&view, QStringLiteral("addressbook-1-empty"));
    addDirectly(QStringLiteral("Marie Unetelle"),
                QStringLiteral("marie.unetelle@innovactione.com"));
    addDirectly(QStringLiteral("Jean Tremblay"), QStringLiteral("jean.tremblay@example.org"));
    view.reload();
    ASSERT_TRUE(waitLoaded());
    type(QStringLiteral("Paul"), QStringLiteral("paul.example.org"));
    QTest::mouseClick(addButton(), Qt::LeftButton);
    ASSERT_FALSE(form()->errorText().isEmpty());
    save(&view, QStringLiteral("addressbook-2-invalid-address"));
    type(QStringLiteral("Marie"), QStringLiteral("marie.unetelle@innovactione.com"));
    QTest::keyClick(emailEdit(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !form()->errorText().isEmpty(); }, 10000));
    save(&view, QStringLiteral("addressbook-3-already-there"));

    table()->selectAll();
    QTimer::singleShot(0, [this] {
        (void)QTest::qWaitFor(
            [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            save(box, QStringLiteral("addressbook-4-delete-confirmation"));
            box->reject();
        }
    });
    view.deleteSelection();
    table()->selectRow(0);
    QTimer::singleShot(0, [this] {
        (void)QTest::qWaitFor(
            [] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            save(box, QStringLiteral("addressbook-5-delete-one"));
            box->reject();
        }
    });
    view.deleteSelection();
}

INSTANTIATE_TEST_SUITE_P(Languages, AddressBookScreenshots, ::testing::Values("en_CA", "fr_CA"),
                         [](const auto &p) { return std::string(p.param).substr(0, 2); });
