#pragma once
// The arrangement the conversation, compose and print widget tests share: a real pli-server
// with Marie (collaborator at Innovactione) and Jean (participant), the "Budget requests"
// conversation of 7 messages whose first one carries devis_2015.xlsx, and a ConversationView
// signed in as Jean. Also language switching and screenshots in both languages.
#include "conversation/AttachmentDownloads.h"
#include "conversation/ConversationView.h"
#include "i18n/Translations.h"
#include "models/MessageThreadModel.h"
#include "net/ApiClient.h"
#include "transfers/AccountTransfers.h"

#include "Crypto.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <string>

// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace pli::test {

class ConversationThreadFixture : public ::testing::Test
{
protected:
    TestServer server;
    std::unique_ptr<httplib::Client> http = server.client();
    TempDir files;
    std::string marieUser, marieToken, mariePersona;
    std::string jeanUser, jeanToken, jeanPersona;
    QByteArray spreadsheet; // the bytes of devis_2015.xlsx
    ApiClient api;
    std::unique_ptr<pli::Translations> translations;
    std::unique_ptr<pli::ui::AccountTransfers> transfers;
    std::unique_ptr<pli::ui::ConversationView> view;

    static constexpr const char *marieEmail = "marie.unetelle@innovactione.com";
    static constexpr const char *jeanEmail = "jean.dupont@innovactione.com";

    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        marieUser = server.addUser("marie", "collaborator", std::nullopt, "Innovactione");
        mariePersona = server.addPersona(marieUser, marieEmail, "Marie Unetelle");
        marieToken = server.tokenFor(marieUser);
        jeanUser = server.addUser("jean", "participant", std::nullopt, "Innovactione");
        jeanPersona = server.addPersona(jeanUser, jeanEmail, "Jean Dupont");
        jeanToken = server.tokenFor(jeanUser);
        api.setServerUrl(QUrl(QString::fromStdString(server.baseUrl())));
        api.setSession(QString::fromStdString(jeanToken), QString());
        translations = std::make_unique<pli::Translations>();
        // English is the source language, but its plural forms come from pli_en.
        translations->use(QLocale(QLocale::English, QLocale::UnitedStates));
        transfers = std::make_unique<pli::ui::AccountTransfers>();
        transfers->setStorageDirectory(dir(QStringLiteral("state")));
        view = std::make_unique<pli::ui::ConversationView>();
        view->downloads()->setDirectory(dir(QStringLiteral("Downloads")));
        view->resize(900, 760);
    }

    void TearDown() override
    {
        view.reset();
        translations->use(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    QString dir(const QString &name) const
    {
        const QString path = QString::fromStdString((files.path() / name.toStdString()).string());
        QDir().mkpath(path);
        return path;
    }

    // A file of `size` pseudo-random bytes.
    QString makeFile(const QString &name, qint64 size, QByteArray *content = nullptr)
    {
        QByteArray bytes;
        bytes.reserve(size);
        quint32 state = 2015;
        for (qint64 i = 0; i < size; ++i) {
            state = state * 1664525u + 1013904223u;
            bytes.append(char(state >> 24));
        }
        const QString path = dir(QStringLiteral("sources")) + QLatin1Char('/') + name;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        if (content)
            *content = bytes;
        return path;
    }

    // "Budget requests": message 1 from Marie with devis_2015.xlsx, then messages 2…count
    // alternating Jean and Marie. Returns its id.
    std::string budgetRequests(int count = 7)
    {
        const QString sheet = makeFile(QStringLiteral("devis_2015.xlsx"), 17818, &spreadsheet);
        std::string out;
        EXPECT_EQ(server.runAdmin({"conversation", "create", "--from", marieEmail, "--to",
                                   jeanEmail, "--title", "Budget requests", "--body",
                                   "Hello Jean, here are the updates for the project. You will "
                                   "find the 2015 quote attached; the figures for the second "
                                   "quarter changed after our meeting, see "
                                   "https://innovactione.example/budget?year=2015&q=2 for the "
                                   "details. The travel costs are now in their own column and "
                                   "the totals include the taxes, as the finance team asked. "
                                   "Tell me if anything is unclear.\n\nRegards,\nMarie",
                                   "--attach", sheet.toStdString()},
                                  &out),
                  0);
        const std::string id = out.substr(0, out.find('\n'));
        for (int i = 2; i <= count; ++i) {
            const std::string &token = i % 2 ? marieToken : jeanToken;
            auto res = postJson(*http, "/api/v1/conversations/" + id + "/messages",
                                {{"body", "message " + std::to_string(i)}}, token);
            EXPECT_EQ(res->status, 201) << res->body;
        }
        return id;
    }

    int unreadOfJean()
    {
        for (const auto &p : jsonOf(getWith(*http, "/api/v1/personas", jeanToken)))
            if (p["id"] == jeanPersona)
                return p.value("unread_count", -1);
        return -1;
    }

    void openInView(const std::string &conversationId)
    {
        view->open(&api, transfers->forAccount(QStringLiteral("jean"), &api),
                   QString::fromStdString(conversationId));
        view->show();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return view->thread()->hasLoaded() && !view->details().id.isEmpty(); }, 15000));
        QTest::qWait(50);
    }

    void useLanguage(QLocale::Language language)
    {
        ASSERT_TRUE(translations->use(QLocale(
            language, language == QLocale::French ? QLocale::Canada : QLocale::UnitedStates)));
        QCoreApplication::processEvents();
    }

    // PNG of the widget in the build's screenshots folder, like the other widget tests:
    // <build>/screenshots/<en|fr>/<name>.png. Fails when the grab is blank.
    void screenshot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(30);
        const QString language =
            QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
        const QString folder = QStringLiteral(PLI_SCREENSHOT_DIR "/") + language;
        QDir().mkpath(folder);
        const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
        const QPixmap picture = widget->grab();
        EXPECT_TRUE(picture.save(path)) << path.toStdString();
        const QImage image = picture.toImage();
        EXPECT_NE(image.pixel(5, 5), image.pixel(image.width() / 2, image.height() / 3))
            << name.toStdString();
    }

    static QByteArray sha256Of(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return hash.result().toHex();
    }
};

} // namespace pli::test
