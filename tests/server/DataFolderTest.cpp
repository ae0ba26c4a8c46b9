// The data folder holds confidential documents: nothing in it is readable by anyone but the
// server's user, whatever the umask of whoever started the server.
#include "TestHttp.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sys/stat.h>

using namespace pli::test;
namespace fs = std::filesystem;

namespace {
unsigned modeOf(const fs::path &path)
{
    struct stat info
    {
    };
    if (::lstat(path.c_str(), &info) != 0)
        return 07777;
    return info.st_mode & 07777;
}

std::string octal(unsigned mode)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04o", mode);
    return text;
}

// Every folder 0700 and every file 0600: the entries that are not, with their modes (octal).
std::vector<std::string> openEntries(const fs::path &folder)
{
    std::vector<std::string> open;
    if (modeOf(folder) != 0700)
        open.push_back(folder.string() + " " + octal(modeOf(folder)));
    for (const auto &entry : fs::recursive_directory_iterator(folder)) {
        const unsigned wanted = entry.is_directory() ? 0700 : 0600;
        if (modeOf(entry.path()) != wanted)
            open.push_back(entry.path().string() + " " + octal(modeOf(entry.path())));
    }
    return open;
}

std::size_t filesIn(const fs::path &folder)
{
    std::error_code error;
    std::size_t count = 0;
    for (auto it = fs::directory_iterator(folder, error); !error && it != fs::directory_iterator();
         it.increment(error))
        ++count;
    return count;
}

// The umask of a careless start: everything created would be readable by all.
class OpenUmask
{
public:
    OpenUmask()
        : m_previous(::umask(022))
    {}
    ~OpenUmask() { ::umask(m_previous); }

private:
    mode_t m_previous;
};
} // namespace

TEST(DataFolder, EverythingTheServerStoresIsItsUsersAlone)
{
    OpenUmask umask;
    TempDir root;
    const fs::path data = root.path() / "data";
    fs::create_directories(data / "blobs");
    fs::permissions(data, fs::perms(0755), fs::perm_options::replace);
    std::ofstream(data / "blobs" / "left-by-an-older-version") << "confidential";
    fs::permissions(data / "blobs" / "left-by-an-older-version", fs::perms(0644),
                    fs::perm_options::replace);

    TestServer server(data, {});
    const std::string alice = server.addUser("alice", "collaborator");
    server.addPersona(alice, "alice@example.test");
    const std::string bob = server.addUser("bob");
    server.addPersona(bob, "bob@example.test");
    const std::string token = server.tokenFor(alice);
    auto client = server.client();

    // An upload with its bytes (uploads/), a conversation with a file imported by the
    // administration command (blobs/), and e-mail (outbox/).
    httplib::Headers tus{{"Tus-Resumable", "1.0.0"},
                         {"Authorization", "Bearer " + token},
                         {"Upload-Length", "5"},
                         {"Upload-Metadata", "filename YS50eHQ="}};
    auto created = client->Post("/api/v1/uploads", tus, "", "");
    ASSERT_TRUE(created);
    ASSERT_EQ(created->status, 201) << created->body;
    tus.erase("Upload-Length");
    tus.emplace("Upload-Offset", "0");
    auto patched = client->Patch(created->get_header_value("Location").c_str(), tus, "hello",
                                 "application/offset+octet-stream");
    ASSERT_TRUE(patched);
    EXPECT_EQ(patched->status, 204) << patched->body;
    const fs::path source = root.path() / "budget.xlsx";
    std::ofstream(source) << "figures";
    ASSERT_EQ(server.runAdmin({"conversation", "create", "--from", "alice@example.test", "--to",
                               "bob@example.test", "--title", "Budget", "--body", "See attached",
                               "--attach", source.string()}),
              0);
    auto persona =
        postJson(*client, "/api/v1/personas", {{"email", "alice.home@example.org"}}, token);
    ASSERT_TRUE(persona);
    EXPECT_EQ(persona->status, 202);

    EXPECT_EQ(filesIn(data / "uploads"), 1u);
    EXPECT_EQ(filesIn(data / "blobs"), 2u);
    EXPECT_GE(filesIn(data / "outbox"), 2u);
    EXPECT_TRUE(fs::exists(data / "pli.sqlite3-wal"));
    const auto open = openEntries(data);
    EXPECT_TRUE(open.empty()) << ::testing::PrintToString(open);
}
