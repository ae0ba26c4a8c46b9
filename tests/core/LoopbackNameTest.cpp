// "*.localhost" addresses: loopback only when the resolver says so, checked without blocking,
// and no request (no bearer token) leaves before the answer.
#include "JobWait.h"
#include "RawHttpServer.h"
#include "WaitUntil.h"

#include "api/GetMeJob.h"
#include "net/ApiClient.h"
#include "net/LoopbackName.h"

#include <QHostAddress>
#include <QHostInfo>

#include <gtest/gtest.h>

using pli::ApiClient;
using pli::Error;
using pli::LoopbackName;
using pli::test::RawHttpServer;

TEST(LoopbackNames, OnlyLoopbackAnswersMakeALocalhostNameLoopback)
{
    EXPECT_TRUE(LoopbackName::needsLookup(QStringLiteral("pli.localhost")));
    EXPECT_TRUE(LoopbackName::needsLookup(QStringLiteral("a.b.LOCALHOST.")));
    EXPECT_FALSE(LoopbackName::needsLookup(QStringLiteral("localhost")));
    EXPECT_FALSE(LoopbackName::needsLookup(QStringLiteral("evil-localhost")));
    EXPECT_FALSE(LoopbackName::needsLookup(QStringLiteral("localhost.example.org")));

    QHostInfo info;
    EXPECT_FALSE(LoopbackName::resolvesToLoopback(info)) << "no address at all";
    info.setAddresses({QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress::LocalHostIPv6});
    EXPECT_TRUE(LoopbackName::resolvesToLoopback(info));
    info.setAddresses(
        {QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("203.0.113.7"))});
    EXPECT_FALSE(LoopbackName::resolvesToLoopback(info)) << "one address leaves the machine";
    info.setAddresses({QHostAddress(QStringLiteral("127.0.0.1"))});
    info.setError(QHostInfo::HostNotFound);
    EXPECT_FALSE(LoopbackName::resolvesToLoopback(info));
}

TEST(LoopbackNames, TheSpellingAloneIsNotLoopback)
{
    EXPECT_TRUE(ApiClient::isLoopbackHost(QStringLiteral("localhost")));
    EXPECT_TRUE(ApiClient::isLoopbackHost(QStringLiteral("127.0.0.1")));
    EXPECT_FALSE(ApiClient::isLoopbackHost(QStringLiteral("pli.localhost")));
    EXPECT_FALSE(ApiClient::isLoopbackHost(QStringLiteral("evil.example.localhost.")));
}

TEST(LoopbackNames, AnApiClientSendsNothingToALocalhostNameBeforeItResolvesToLoopback)
{
    // Whether pli-test.localhost leads here depends on the machine's resolver (systemd-resolved
    // says yes, plain /etc/hosts no): the client must follow what it resolves to.
    const QString host = QStringLiteral("pli-test.localhost");
    const bool loopback = LoopbackName::resolvesToLoopback(QHostInfo::fromName(host));
    RawHttpServer server;
    server.answerWith(RawHttpServer::httpAnswer(
        200, R"({"id":"u1","username":"alice","role":"participant","personas":[]})"));
    ApiClient api;
    const Error spelling =
        api.setServerUrl(QUrl(QStringLiteral("http://%1:%2").arg(host).arg(server.port())));
    EXPECT_FALSE(spelling.isError()) << "the name is looked up, not refused on its spelling";
    EXPECT_TRUE(api.isCheckingServerUrl());
    api.setSession(QStringLiteral("access"), QStringLiteral("refresh"));
    auto job = pli::waitFor(api.getMe());
    EXPECT_FALSE(api.isCheckingServerUrl());
    if (loopback) {
        EXPECT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    } else {
        EXPECT_EQ(job->error().code(), Error::Code::InsecureConnection);
        EXPECT_EQ(api.serverUrlError().code(), Error::Code::InsecureConnection);
        EXPECT_EQ(server.connectionCount(), 0);
    }
}

TEST(LoopbackNames, ALaterAddressIsNotOverruledByAnEarlierLookup)
{
    RawHttpServer server;
    server.answerWith(RawHttpServer::httpAnswer(
        200, R"({"id":"u1","username":"alice","role":"participant","personas":[]})"));
    ApiClient api;
    api.setServerUrl(QUrl(QStringLiteral("http://nowhere.pli-test.localhost:1")));
    api.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
    EXPECT_FALSE(api.isCheckingServerUrl());
    api.setSession(QStringLiteral("access"), QStringLiteral("refresh"));
    auto job = pli::waitFor(api.getMe());
    EXPECT_TRUE(job->isSuccess()) << job->error().detail().toStdString();
    // Qt runs lookups of one name one after the other: once this one answers, the first did.
    bool answered = false;
    QHostInfo::lookupHost(QStringLiteral("nowhere.pli-test.localhost"), &api,
                          [&answered](const QHostInfo &) { answered = true; });
    ASSERT_TRUE(pli::test::waitUntil([&answered] { return answered; }));
    EXPECT_FALSE(api.serverUrlError().isError());
}
