#include "ConversationFixture.h"

#include "Clock.h"
#include "Crypto.h"

#include <csignal>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace pli::test;

namespace {

// Runs `pli-server --demo --data DIR` until it listens, stops it, and returns what it printed
// (the banner, then the listening line); `status` receives the exit status.
std::string runDemoServer(const std::filesystem::path &dataDir, int &status)
{
    int fds[2];
    if (pipe(fds) != 0)
        throw std::runtime_error("pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, (dataDir / "demo.log").c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0600);
    std::vector<std::string> args{PLI_SERVER_BINARY, "--demo",   "--data",
                                  dataDir.string(),  "--listen", "127.0.0.1:0"};
    std::vector<char *> argv;
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    std::filesystem::create_directories(dataDir);
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (rc != 0)
        throw std::runtime_error("spawn");
    std::string out;
    char buffer[4096];
    ssize_t n;
    while (out.find("listening on") == std::string::npos &&
           (n = read(fds[0], buffer, sizeof buffer)) > 0)
        out.append(buffer, static_cast<size_t>(n));
    kill(pid, SIGTERM);
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        out.append(buffer, static_cast<size_t>(n));
    close(fds[0]);
    int raw = 0;
    waitpid(pid, &raw, 0);
    status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return out;
}

std::int64_t count(pli::server::Database &db, const std::string &sql)
{
    auto guard = db.lock();
    auto st = db.query(sql);
    st.next();
    return st.integer(0);
}

} // namespace

class Demo : public ::testing::Test
{
protected:
    TempDir dir;

    // A server on the seeded data, and a token for the demo participant.
    struct Seeded
    {
        std::unique_ptr<TestServer> server;
        Person jean;
    };
    Seeded serveSeeded()
    {
        Seeded s;
        s.server = std::make_unique<TestServer>(dir.path(), std::vector<std::string>{});
        auto &db = s.server->db();
        auto guard = db.lock();
        auto st = db.query("SELECT id FROM users WHERE username = 'demo'");
        EXPECT_TRUE(st.next());
        s.jean.userId = st.text(0);
        s.jean.token = s.server->tokenFor(s.jean.userId);
        return s;
    }
};

TEST_F(Demo, SeedsOnceAndPrintsTheSignIns)
{
    int status = -1;
    const std::string first = runDemoServer(dir.path(), status);
    EXPECT_EQ(status, 0);
    for (const char *expected :
         {"demo / PliDemo-2015-Guide", "demo2 / PliDemo-2015-Guide", "marie / PliDemo-2015-Guide",
          "oathtool --totp -b JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "tnuoccatset101@gmail.com",
          "tnuoccatset102@gmail.com", "printed on this console", "listening on http://"})
        EXPECT_NE(first.find(expected), std::string::npos) << expected << " in\n" << first;

    pli::server::Database db(dir.path() / "pli.sqlite3");
    const auto users = count(db, "SELECT COUNT(*) FROM users");
    const auto conversations = count(db, "SELECT COUNT(*) FROM conversations");
    const auto messages = count(db, "SELECT COUNT(*) FROM messages");
    const auto attachments = count(db, "SELECT COUNT(*) FROM attachments");
    EXPECT_EQ(users, 5);
    EXPECT_GE(conversations, 30);
    EXPECT_EQ(attachments, 1);

    const std::string second = runDemoServer(dir.path(), status);
    EXPECT_EQ(status, 0);
    EXPECT_EQ(second.substr(0, second.find("listening on")),
              first.substr(0, first.find("listening on")))
        << "the same banner, the data is already there";
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM users"), users);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM conversations"), conversations);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM messages"), messages);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM attachments"), attachments);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM users WHERE username = 'demo' AND totp_secret = "
                        "'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' AND password_hash IS NOT NULL"),
              1);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM users WHERE username = 'demo2' AND totp_secret IS "
                        "NULL AND password_hash IS NOT NULL"),
              1)
        << "demo2 enrols an authenticator at its first sign-in";
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM users WHERE active = 0"), 1);
}

TEST_F(Demo, HoldsTheParticipantGuidesExample)
{
    int status = -1;
    runDemoServer(dir.path(), status);
    ASSERT_EQ(status, 0);
    auto [server, jean] = serveSeeded();
    auto http = server->client();
    const auto get = [&](const std::string &path) {
        return jsonOf(getWith(*http, path, jean.token));
    };

    const auto me = get("/api/v1/me");
    EXPECT_EQ(me["display_name"], "Jean Tremblay");
    EXPECT_EQ(me["role"], "participant");
    const auto personas = get("/api/v1/personas");
    ASSERT_EQ(personas.size(), 2u);
    EXPECT_EQ(personas[0]["email"], "tnuoccatset101@gmail.com");
    EXPECT_EQ(personas[1]["email"], "tnuoccatset102@gmail.com");
    EXPECT_EQ(personas[1]["unread_count"], 1);
    EXPECT_GE(personas[0]["unread_count"], 1);
    const std::string p101 = personas[0]["id"], p102 = personas[1]["id"];

    const auto cartes = get("/api/v1/personas/" + p102 + "/conversations");
    ASSERT_EQ(cartes["total"], 1);
    EXPECT_EQ(cartes["items"][0]["title"], "Cartes d'accès");
    EXPECT_EQ(cartes["items"][0]["unread"], true);
    EXPECT_EQ(cartes["items"][0]["owner"]["email"], "jean.dupont@innovactione.com");

    const std::string base = "/api/v1/personas/" + p101 + "/conversations";
    const auto all = get(base + "?per_page=30");
    EXPECT_GE(all["total"], 26);
    EXPECT_GE(get(base)["pages"], 3) << "several pages of 10";
    EXPECT_GE(get(base + "?per_page=20")["pages"], 2);
    std::map<std::string, nlohmann::json> byTitle;
    int newOnes = 0, readOnes = 0;
    for (const auto &item : all["items"]) {
        byTitle[item["title"]] = item;
        newOnes += item["is_new"].get<bool>();
        readOnes += !item["unread"].get<bool>();
    }
    EXPECT_GT(newOnes, 1);
    EXPECT_GT(readOnes, 1);
    EXPECT_EQ(all["items"][0]["title"], "Access Cards") << "the most recent";
    ASSERT_TRUE(byTitle.count("Access Cards"));
    EXPECT_EQ(byTitle["Access Cards"]["unread"], true);
    EXPECT_EQ(byTitle["Access Cards"]["message_count"], 1);
    EXPECT_EQ(byTitle["Access Cards"]["owner"]["display_name"], "Marie Unetelle");
    ASSERT_TRUE(byTitle.count("Project archive 2014"));
    EXPECT_EQ(byTitle["Project archive 2014"]["read_only"], true);
    ASSERT_TRUE(byTitle.count("Budget requests"));
    const auto budget = byTitle["Budget requests"];
    EXPECT_EQ(budget["message_count"], 7);
    EXPECT_EQ(budget["owner"]["organization"], "Innovactione");

    const std::string messages =
        "/api/v1/conversations/" + budget["id"].get<std::string>() + "/messages";
    const auto latest = get(messages);
    EXPECT_EQ(latest["total"], 7);
    EXPECT_EQ(latest["items"].size(), 5u);
    EXPECT_EQ(latest["has_more"], true);
    const auto older = get(messages + "?before=" + latest["items"][0]["id"].get<std::string>());
    ASSERT_EQ(older["items"].size(), 2u);
    const auto first = older["items"][0];
    EXPECT_EQ(first["sender"]["email"], "marie.unetelle@innovactione.com");
    EXPECT_EQ(first["body"].get<std::string>().rfind("Hello Jean,\n\nHere are the updates for the "
                                                     "project. You will see",
                                                     0),
              0u);
    EXPECT_EQ(older["items"][1]["mine"], true) << "Marie and Jean take turns";
    ASSERT_EQ(first["attachments"].size(), 1u);
    const auto sheet = first["attachments"][0];
    EXPECT_EQ(sheet["name"], "devis_2015.xlsx");
    EXPECT_EQ(sheet["content_type"],
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_GE(sheet["size"], 17300);
    EXPECT_LE(sheet["size"], 17900) << "about 17.4 KB";
    auto content = getWith(
        *http, "/api/v1/attachments/" + sheet["id"].get<std::string>() + "/content", jean.token);
    ASSERT_TRUE(content);
    ASSERT_EQ(content->status, 200);
    EXPECT_EQ(content->body.size(), sheet["size"]);
    EXPECT_EQ(content->body.rfind("PK\x03\x04", 0), 0u) << "a ZIP package";
    EXPECT_NE(content->body.find("xl/worksheets/sheet1.xml"), std::string::npos);
    EXPECT_EQ(pli::server::crypto::sha256Hex(content->body), sheet["sha256"]);

    int soonExpiring = 0;
    const auto now = pli::server::nowSeconds();
    for (const auto *page : {&latest, &older})
        for (const auto &m : (*page)["items"]) {
            const auto expires = pli::server::fromRfc3339(m["expires_at"].get<std::string>());
            ASSERT_TRUE(expires);
            soonExpiring += *expires > now && *expires < now + 7 * 24 * 3600;
        }
    EXPECT_EQ(soonExpiring, 1) << "one message expires within the week";
    EXPECT_EQ(latest["items"][4]["opened"], false) << "Marie's last message awaits Jean";
}
