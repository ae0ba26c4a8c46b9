// A data folder of an older pli-server (schema version 1, 2 of the hardening, or 3 of sign-in) is
// upgraded in place when a newer one serves it: every migration runs once, in order, and what the
// old one stored keeps working (its users sign in as before, with their username or their
// address; their conversations are listed from the copies version 4 gives the member rows).
#include "PasswordHash.h"
#include "Schema.h"
#include "TestHttp.h"
#include "TestServer.h"
#include "UserList.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>

using namespace pli::test;

namespace {

const std::string kPassword = "Upgrade-password-2026";

// Writes DIR/pli.sqlite3 as a pli-server of schema `version` left it: its migrations only, and
// a user enrolled with an authenticator, with a persona, and a conversation with another user
// (one message unread, one expired — purged from version 2 on), and one removed from the list
// (unlisted from version 2 on).
void writeOldDatabase(const std::filesystem::path &dir, int version)
{
    std::filesystem::create_directories(dir);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "pli.sqlite3").c_str(), &db), SQLITE_OK);
    auto exec = [db](const std::string &sql) {
        char *error = nullptr;
        EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
            << (error ? error : "") << "\n"
            << sql;
        sqlite3_free(error);
    };
    const auto &migrations = pli::server::schemaMigrations();
    ASSERT_GT(static_cast<int>(migrations.size()), version);
    for (int i = 0; i < version; ++i)
        exec(migrations[static_cast<size_t>(i)]);
    exec("PRAGMA user_version=" + std::to_string(version));
    exec("INSERT INTO users(id, username, display_name, email, role, password_hash, "
         "password_changed_at, totp_secret, totp_device_name, created_at) VALUES ('u_old', "
         "'olga', 'Olga', 'olga@example.test', 'participant', '" +
         pli::server::hashPassword(kPassword) +
         "', strftime('%s','now'), 'JBSWY3DPEHPK3PXP', 'phone', strftime('%s','now'))");
    exec("INSERT INTO personas(id, user_id, email, display_name, verified, created_at) VALUES "
         "('p_old', 'u_old', 'olga@example.test', 'Olga', 1, strftime('%s','now'))");
    exec("INSERT INTO users(id, username, display_name, email, role, created_at) VALUES "
         "('u_pat', 'pat', 'Pât', 'pat@example.test', 'participant', strftime('%s','now'))");
    exec("INSERT INTO personas(id, user_id, email, display_name, verified, created_at) VALUES "
         "('p_pat', 'u_pat', 'pat@example.test', 'Pât', 1, strftime('%s','now'))");
    exec("INSERT INTO conversations(id, title, owner_persona_id, created_at, modified_at) VALUES "
         "('c_old', 'Réunion d''été', 'p_old', 0, 700), "
         "('c_gone', 'Ancienne', 'p_old', 0, 600)");
    exec("INSERT INTO conversation_members(conversation_id, persona_id, role, deleted, "
         "joined_at) VALUES ('c_old', 'p_old', 'collaborator', 0, 0), "
         "('c_old', 'p_pat', 'participant', 0, 0), ('c_gone', 'p_old', 'collaborator', 1, 0)");
    exec("INSERT INTO messages(id, conversation_id, sender_persona_id, body, sent_at, expires_at) "
         "VALUES ('m_expired', 'c_old', 'p_old', 'old', 0, 1), "
         "('m_unread', 'c_old', 'p_pat', 'new', 10, NULL)");
    if (version >= 2) {
        exec("UPDATE personas SET verify_day_failures = 2 WHERE id = 'p_old'");
        exec("UPDATE messages SET body = '', purged = 1 WHERE id = 'm_expired'");
        exec("UPDATE conversations SET unlisted_at = 650 WHERE id = 'c_gone'");
    }
    sqlite3_close(db);
}

std::int64_t single(pli::server::Database &db, const std::string &sql)
{
    auto guard = db.lock();
    auto st = db.query(sql);
    return st.next() ? st.integer(0) : -1;
}

class SchemaUpgrade : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(SchemaUpgrade, AnOlderDatabaseIsUpgradedAndItsUsersSignInAsBefore)
{
    const int oldVersion = GetParam();
    TempDir dir;
    const auto data = dir.path() / "data";
    writeOldDatabase(data, oldVersion);

    TestServer server(data, {});
    auto &db = server.db();
    EXPECT_EQ(db.schemaVersion(), static_cast<int>(pli::server::schemaMigrations().size()));
    EXPECT_EQ(db.schemaVersion(), 4);
    // Version 2's columns, with what a version-2 server stored in them.
    EXPECT_EQ(single(db, "SELECT verify_day_failures FROM personas WHERE id = 'p_old'"),
              oldVersion >= 2 ? 2 : 0);
    // Version 4's: the member rows got their list's copies and unread state, and the list sizes
    // count what each persona lists (not the conversation removed from the list).
    EXPECT_EQ(single(db, "SELECT modified_at FROM conversation_members WHERE conversation_id = "
                         "'c_old' AND persona_id = 'p_pat'"),
              700);
    EXPECT_EQ(single(db, "SELECT COUNT(*) FROM conversation_members WHERE conversation_id = "
                         "'c_old' AND title = 'Réunion d''été' AND owner_email = "
                         "'olga@example.test' AND search_key LIKE '%reunion d''ete%'"),
              2);
    EXPECT_EQ(single(db, "SELECT unread_until FROM conversation_members WHERE conversation_id = "
                         "'c_old' AND persona_id = 'p_old'"),
              INT64_MAX); // m_unread never expires
    EXPECT_EQ(single(db, "SELECT unread_until FROM conversation_members WHERE conversation_id = "
                         "'c_old' AND persona_id = 'p_pat'"),
              1); // only the expired (purged) message: read
    EXPECT_EQ(single(db, "SELECT conversations FROM persona_list_sizes WHERE persona_id = 'p_old'"),
              1);
    EXPECT_EQ(single(db, "SELECT conversations FROM persona_list_sizes WHERE persona_id = 'p_pat'"),
              1);
    // And its triggers keep them from now on: opening the message reads the conversation,
    // putting the removed one back lists it again.
    {
        auto guard = db.lock();
        db.execute("INSERT INTO message_opens(message_id, persona_id, opened_at) VALUES "
                   "('m_unread', 'p_old', 20)");
        db.execute("UPDATE conversation_members SET deleted = 0 WHERE conversation_id = 'c_gone'");
    }
    EXPECT_EQ(single(db, "SELECT unread_until FROM conversation_members WHERE conversation_id = "
                         "'c_old' AND persona_id = 'p_old'"),
              0);
    EXPECT_EQ(single(db, "SELECT conversations FROM persona_list_sizes WHERE persona_id = 'p_old'"),
              2);
    // Version 3's: the user keeps the authenticator, and `serve` recorded its public URL.
    EXPECT_EQ(single(db, "SELECT COUNT(*) FROM settings WHERE key = 'public_url'"), 1);
    const auto olga = listedUser(server, "olga");
    ASSERT_TRUE(olga.is_object());
    EXPECT_EQ(olga["second_factor"], "totp");
    EXPECT_EQ(olga["passwordless"], false);
    EXPECT_EQ(olga["totp_enrolled"], true);

    auto http = server.client();
    for (const std::string login : {"olga", "olga@example.test"}) {
        const auto res =
            postJson(*http, "/api/v1/auth/login", {{"username", login}, {"password", kPassword}});
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200) << login << ": " << res->body;
        const auto answer = jsonOf(res);
        EXPECT_EQ(answer.value("status", ""), "second_factor_required") << res->body;
        // As for any user with an authenticator: TOTP, or a code e-mailed on request.
        EXPECT_EQ(answer["methods"], nlohmann::json::array({"totp", "email"})) << res->body;
        EXPECT_EQ(answer["email_code_sent"], false) << res->body;
    }

    // The upgraded user can become an e-mail user (a version-3 column).
    ASSERT_EQ(server.runAdmin({"user", "set-second-factor", "olga", "email"}), 0);
    EXPECT_EQ(listedUser(server, "olga")["second_factor"], "email");
}

INSTANTIATE_TEST_SUITE_P(FromEachOlderVersion, SchemaUpgrade, ::testing::Values(1, 2, 3),
                         [](const ::testing::TestParamInfo<int> &param) {
                             return "Version" + std::to_string(param.param);
                         });
