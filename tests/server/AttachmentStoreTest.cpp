// AttachmentStore: importing files and turning finished uploads into attachments.
#include "ApiError.h"
#include "TransferFixture.h"

#include <gtest/gtest.h>

using namespace pli::test;
using pli::server::ApiError;
using pli::server::AttachmentStore;

namespace {
constexpr std::int64_t kMiB = 1 << 20;

// A finished (or not) upload of `user`, as the tus routes leave it: a row and a file. With
// `sparseSize` the file is that large without writing its bytes.
std::string addUpload(TransferFixture &f, const std::string &user, const std::string &bytes,
                      const std::string &name = "notes.txt", bool complete = true,
                      std::int64_t sparseSize = -1)
{
    const std::string id = pli::server::crypto::randomId("up_");
    const auto path = f.store.uploadPath(id);
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    const std::int64_t length =
        sparseSize >= 0 ? sparseSize : static_cast<std::int64_t>(bytes.size());
    if (sparseSize >= 0)
        std::filesystem::resize_file(path, static_cast<std::uintmax_t>(sparseSize));
    auto &db = f.server.db();
    auto guard = db.lock();
    db.execute("INSERT INTO uploads(id, user_id, length, offset, filename, content_type, sha256, "
               "expires_at, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
               id, user, length, complete ? length : length / 2, name, "text/plain",
               complete ? std::optional(pli::server::crypto::sha256Hex(bytes)) : std::nullopt,
               pli::server::nowSeconds() + 3600, pli::server::nowSeconds());
    return id;
}

ApiError attachFails(TransferFixture &f, const std::string &user,
                     const std::vector<std::string> &ids)
{
    auto &db = f.server.db();
    try {
        db.transaction([&] { f.store.attachUploads(db, f.messageId, user, ids); });
    } catch (const ApiError &error) {
        return error;
    }
    ADD_FAILURE() << "attachUploads accepted";
    return ApiError(0, "none");
}

std::int64_t attachmentCount(TransferFixture &f)
{
    auto &db = f.server.db();
    auto guard = db.lock();
    auto st = db.query("SELECT COUNT(*) FROM attachments WHERE message_id = ?", f.messageId);
    st.next();
    return st.integer(0);
}
} // namespace

TEST(AttachmentStore, GuessesContentTypeByExtension)
{
    EXPECT_EQ(AttachmentStore::guessContentType("budget.XLSX"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_EQ(AttachmentStore::guessContentType("letter.docx"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    EXPECT_EQ(AttachmentStore::guessContentType("Relevé.pdf"), "application/pdf");
    EXPECT_EQ(AttachmentStore::guessContentType("scan.jpg"), "image/jpeg");
    EXPECT_EQ(AttachmentStore::guessContentType("photo.png"), "image/png");
    EXPECT_EQ(AttachmentStore::guessContentType("readme.txt"), "text/plain");
    EXPECT_EQ(AttachmentStore::guessContentType("data.csv"), "text/csv");
    EXPECT_EQ(AttachmentStore::guessContentType("all.zip"), "application/zip");
    EXPECT_EQ(AttachmentStore::guessContentType("program.exe"), "application/octet-stream");
    EXPECT_EQ(AttachmentStore::guessContentType("Makefile"), "application/octet-stream");
    EXPECT_EQ(AttachmentStore::guessContentType("trailing."), "application/octet-stream");
}

TEST(AttachmentStore, ImportCopiesHashesAndSanitisesTheName)
{
    TransferFixture f;
    const std::string bytes = TransferFixture::randomBytes(200 * 1024 + 3);
    const auto first = f.attach(f.messageId, "../../Relevé été 2015.pdf", bytes);
    const auto second = f.attach(f.messageId, "", "x", "text/x-custom");

    EXPECT_EQ(first.name, "Relevé été 2015.pdf");
    EXPECT_EQ(first.contentType, "application/pdf");
    EXPECT_EQ(first.size, static_cast<std::int64_t>(bytes.size()));
    EXPECT_EQ(first.sha256, pli::server::crypto::sha256Hex(bytes));
    EXPECT_EQ(TransferFixture::readFile(f.store.blobPath(first.id)), bytes);
    EXPECT_EQ(second.name, "source"); // the file's own name when none is given
    EXPECT_EQ(second.contentType, "text/x-custom");

    auto &db = f.server.db();
    auto guard = db.lock();
    auto st = db.query("SELECT id, name, size, sha256 FROM attachments WHERE message_id = ? "
                       "ORDER BY position",
                       f.messageId);
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), first.id);
    EXPECT_EQ(st.text(1), first.name);
    EXPECT_EQ(st.integer(2), first.size);
    EXPECT_EQ(st.text(3), first.sha256);
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), second.id);
}

TEST(AttachmentStore, ImportOfAMissingFileFailsAndLeavesNothing)
{
    TransferFixture f;
    auto &db = f.server.db();
    auto guard = db.lock();
    EXPECT_THROW(f.store.importFile(db, f.messageId, f.server.dataDir() / "nope", "a.txt", ""),
                 std::runtime_error);
    EXPECT_EQ(attachmentCount(f), 0);
}

TEST(AttachmentStore, AttachMovesUploadsInOrder)
{
    TransferFixture f;
    const std::string a = addUpload(f, f.alice, "first bytes", "first.txt");
    const std::string b = addUpload(f, f.alice, "second", "second.txt");
    auto &db = f.server.db();
    const auto attached = db.transaction([&] {
        return f.store.attachUploads(db, f.messageId, f.alice, {b, a});
    });

    ASSERT_EQ(attached.size(), 2u);
    EXPECT_EQ(attached[0].name, "second.txt");
    EXPECT_EQ(attached[1].name, "first.txt");
    EXPECT_EQ(attached[1].sha256, pli::server::crypto::sha256Hex("first bytes"));
    EXPECT_EQ(TransferFixture::readFile(f.store.blobPath(attached[1].id)), "first bytes");
    EXPECT_FALSE(std::filesystem::exists(f.store.uploadPath(a)));
    EXPECT_FALSE(std::filesystem::exists(f.store.uploadPath(b)));

    auto guard = db.lock();
    auto st =
        db.query("SELECT id FROM attachments WHERE message_id = ? ORDER BY position", f.messageId);
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), attached[0].id);
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), attached[1].id);
    auto uploads = db.query("SELECT COUNT(*) FROM uploads WHERE attached = 1");
    uploads.next();
    EXPECT_EQ(uploads.integer(0), 2);
}

TEST(AttachmentStore, AttachRefusesUploadsThatAreMissingOrSomeoneElses)
{
    TransferFixture f;
    const std::string bobs = addUpload(f, f.bob, "bob's");
    const std::string mine = addUpload(f, f.alice, "mine");
    EXPECT_EQ(attachFails(f, f.alice, {mine, bobs}).status, 404);
    EXPECT_EQ(attachFails(f, f.alice, {"up_nothing"}).status, 404);
    EXPECT_TRUE(std::filesystem::exists(f.store.uploadPath(mine))); // nothing moved
    EXPECT_EQ(attachmentCount(f), 0);
}

TEST(AttachmentStore, AttachRefusesUnfinishedUploads)
{
    TransferFixture f;
    const std::string half = addUpload(f, f.alice, "half done", "half.txt", false);
    const ApiError error = attachFails(f, f.alice, {half});
    EXPECT_EQ(error.status, 409);
    EXPECT_EQ(error.code, "upload_incomplete");
}

TEST(AttachmentStore, AttachRefusesAnUploadTwice)
{
    TransferFixture f;
    const std::string id = addUpload(f, f.alice, "once");
    auto &db = f.server.db();
    db.transaction([&] { f.store.attachUploads(db, f.messageId, f.alice, {id}); });
    ApiError error = attachFails(f, f.alice, {id});
    EXPECT_EQ(error.status, 409);
    EXPECT_EQ(error.code, "upload_already_attached");

    const std::string other = addUpload(f, f.alice, "twice in one list");
    error = attachFails(f, f.alice, {other, other});
    EXPECT_EQ(error.code, "upload_already_attached");
    EXPECT_EQ(attachmentCount(f), 1);
}

TEST(AttachmentStore, AttachRefusesMoreThanOneGiBPerMessageAndMovesNothing)
{
    TransferFixture f;
    const std::string a = addUpload(f, f.alice, "", "a.bin", true, 600 * kMiB);
    const std::string b = addUpload(f, f.alice, "", "b.bin", true, 600 * kMiB);
    const ApiError error = attachFails(f, f.alice, {a, b});
    EXPECT_EQ(error.status, 413);
    EXPECT_EQ(error.code, "message_too_large");
    EXPECT_TRUE(std::filesystem::exists(f.store.uploadPath(a)));
    EXPECT_TRUE(std::filesystem::exists(f.store.uploadPath(b)));
    EXPECT_EQ(attachmentCount(f), 0);

    // One of them fits; the second is then over the message's total.
    auto &db = f.server.db();
    db.transaction([&] { f.store.attachUploads(db, f.messageId, f.alice, {a}); });
    EXPECT_EQ(attachFails(f, f.alice, {b}).code, "message_too_large");
}
