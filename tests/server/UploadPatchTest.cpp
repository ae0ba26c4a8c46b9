// tus 1.0.0 PATCH requests over real HTTP: offsets, checksums, dropped and concurrent
// requests, and bodies that do not fit.
#include "UploadFixture.h"

using namespace pli::test;
using namespace pli::test::uploads;

TEST_F(Uploads, DroppedPatchKeepsWhatArrivedAndResumes)
{
    const std::string bytes = TransferFixture::randomBytes(200 * 1024, 3);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    const std::size_t half = bytes.size() / 2;
    auto connection = startPatch(path, 0, bytes.substr(0, half), bytes.size());
    connection->close(); // the network goes away mid-body

    EXPECT_TRUE(TransferFixture::waitFor([&] { return patchesDone(path) == 1; }));
    EXPECT_EQ(offsetOf(path), static_cast<std::int64_t>(half));
    auto rest = patch(path, static_cast<std::int64_t>(half), bytes.substr(half));
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->status, 204);
    EXPECT_EQ(rest->get_header_value("Upload-Offset"), std::to_string(bytes.size()));
    EXPECT_EQ(TransferFixture::readFile(fileOf(path)), bytes);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, DroppedPatchWithChecksumKeepsNothing)
{
    const std::string bytes = TransferFixture::randomBytes(100 * 1024, 5);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    auto connection = startPatch(path, 0, bytes.substr(0, 30000), bytes.size(),
                                 "Upload-Checksum: " + checksumOf("sha256", bytes) + "\r\n");
    connection->close();
    EXPECT_TRUE(TransferFixture::waitFor([&] { return patchesDone(path) == 1; }));
    EXPECT_EQ(fileSize(path), 0u);
    EXPECT_EQ(offsetOf(path), 0);

    auto whole = patch(path, 0, bytes, {{"Upload-Checksum", checksumOf("sha256", bytes)}});
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, SecondPatchAtTheSameTimeGets409)
{
    const std::string bytes = TransferFixture::randomBytes(64 * 1024, 9);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    auto first = startPatch(path, 0, bytes.substr(0, 1000), bytes.size());

    auto second = patch(path, 0, bytes);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->status, 409);
    EXPECT_EQ(jsonOf(second)["code"], "upload_busy");

    first->close();
    EXPECT_TRUE(TransferFixture::waitFor([&] { return patchesDone(path) == 2; }));
    EXPECT_EQ(offsetOf(path), 1000);
    auto rest = patch(path, 1000, bytes.substr(1000));
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, ChecksumsThatMatchAreAccepted)
{
    const std::string bytes = "The quick brown fox jumps over the lazy dog";
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    auto first = patch(path, 0, bytes.substr(0, 20),
                       {{"Upload-Checksum", checksumOf("sha1", bytes.substr(0, 20))}});
    ASSERT_TRUE(first);
    EXPECT_EQ(first->status, 204);
    auto second = patch(path, 20, bytes.substr(20),
                        {{"Upload-Checksum", checksumOf("sha256", bytes.substr(20))}});
    ASSERT_TRUE(second);
    EXPECT_EQ(second->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, ChecksumMismatchAnswers460AndKeepsTheOffset)
{
    const std::string bytes = TransferFixture::randomBytes(5000, 11);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    ASSERT_EQ(patch(path, 0, bytes.substr(0, 1000))->status, 204);

    for (const char *algorithm : {"sha1", "sha256"}) {
        auto res = patch(path, 1000, bytes.substr(1000),
                         {{"Upload-Checksum", checksumOf(algorithm, "something else")}});
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 460) << algorithm;
        EXPECT_EQ(jsonOf(res)["code"], "checksum_mismatch");
        EXPECT_EQ(offsetOf(path), 1000);
        EXPECT_EQ(fileSize(path), 1000u);
    }
    // The running digest was rolled back too: finishing gives the right hash.
    auto rest = patch(path, 1000, bytes.substr(1000),
                      {{"Upload-Checksum", checksumOf("sha1", bytes.substr(1000))}});
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, PrefixDigestsCoverTheUploadFromItsFirstByte)
{
    const std::string bytes = TransferFixture::randomBytes(300 * 1024, 17);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    auto first = patch(path, 0, bytes.substr(0, 100000),
                       {{"Upload-Prefix-Digest", prefixDigestOf(bytes.substr(0, 100000))}});
    ASSERT_TRUE(first);
    EXPECT_EQ(first->status, 204);
    auto rest = patch(path, 100000, bytes.substr(100000),
                      {{"Upload-Prefix-Digest", "sha-512=:AAAA:, " + prefixDigestOf(bytes)}});
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, APrefixDigestOfTheBodyAloneAnswers460AndKeepsNothing)
{
    const std::string bytes = TransferFixture::randomBytes(5000, 19);
    const std::string path = create(static_cast<std::int64_t>(bytes.size()));
    ASSERT_EQ(patch(path, 0, bytes.substr(0, 1000))->status, 204);
    // The digest of this PATCH's body alone, as Upload-Checksum would take it: not the prefix.
    auto res = patch(path, 1000, bytes.substr(1000),
                     {{"Upload-Prefix-Digest", prefixDigestOf(bytes.substr(1000))}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 460);
    EXPECT_EQ(jsonOf(res)["code"], "checksum_mismatch");
    EXPECT_EQ(offsetOf(path), 1000);
    EXPECT_EQ(fileSize(path), 1000u);
    auto rest =
        patch(path, 1000, bytes.substr(1000), {{"Upload-Prefix-Digest", prefixDigestOf(bytes)}});
    ASSERT_TRUE(rest);
    EXPECT_EQ(rest->status, 204);
    EXPECT_EQ(storedSha256(path), crypto::sha256Hex(bytes));
}

TEST_F(Uploads, MalformedOrDoublePrefixDigestsAnswer400)
{
    const std::string path = create(3);
    const std::pair<httplib::Headers, const char *> cases[] = {
        {{{"Upload-Prefix-Digest", "sha-256=AAAA"}}, "invalid_checksum"},
        {{{"Upload-Prefix-Digest", "sha-256=:AAAA:"}}, "invalid_checksum"},
        {{{"Upload-Prefix-Digest", "md5=:kAFQmDzST7DWlj99KOF/cg==:"}},
         "unsupported_checksum_algorithm"},
        {{{"Upload-Prefix-Digest", prefixDigestOf("abc")},
          {"Upload-Checksum", checksumOf("sha256", "abc")}},
         "invalid_checksum"},
    };
    for (const auto &[headers, code] : cases) {
        auto res = patch(path, 0, "abc", headers);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 400) << code;
        EXPECT_EQ(jsonOf(res)["code"], code);
        EXPECT_EQ(offsetOf(path), 0);
    }
}

TEST_F(Uploads, UnsupportedChecksumAlgorithmAnswers400)
{
    const std::string path = create(3);
    auto res = patch(path, 0, "abc", {{"Upload-Checksum", "md5 kAFQmDzST7DWlj99KOF/cg=="}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(jsonOf(res)["code"], "unsupported_checksum_algorithm");
    EXPECT_EQ(offsetOf(path), 0);
}

TEST_F(Uploads, WrongOffsetAnswers409)
{
    const std::string path = create(10);
    ASSERT_EQ(patch(path, 0, "01234")->status, 204);
    for (const std::int64_t wrong : {0, 4, 6}) {
        auto res = patch(path, wrong, "56789");
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 409) << wrong;
        EXPECT_EQ(jsonOf(res)["code"], "offset_mismatch");
        EXPECT_EQ(res->get_header_value("Upload-Offset"), "5");
    }
    EXPECT_EQ(offsetOf(path), 5);
    // The refused bodies were read away: the same connection goes on working.
    auto ok = patch(path, 5, "56789");
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 204);
}

TEST_F(Uploads, WrongContentTypeAnswers415)
{
    const std::string path = create(3);
    auto res = patch(path, 0, "abc", {}, "application/octet-stream");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 415);
    EXPECT_EQ(offsetOf(path), 0);
}

TEST_F(Uploads, BytesBeyondTheLengthAnswer413AndNothingIsKept)
{
    const std::string path = create(10);
    ASSERT_EQ(patch(path, 0, "0123")->status, 204);
    auto res = patch(path, 4, "456789ABCDEF");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 413);
    EXPECT_EQ(jsonOf(res)["code"], "upload_length_exceeded");
    EXPECT_EQ(offsetOf(path), 4);
    EXPECT_EQ(TransferFixture::readFile(fileOf(path)), "0123");
}

TEST_F(Uploads, BytesBeyondTheLengthInAChunkedBodyAreNotKept)
{
    const std::string path = create(10);
    RawConnection connection(f.server.port());
    connection.send("PATCH " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                    f.aliceToken + "\r\nTus-Resumable: 1.0.0\r\nContent-Type: " + kOctets +
                    "\r\nUpload-Offset: 0\r\nTransfer-Encoding: chunked\r\n"
                    "Connection: close\r\n\r\n8\r\n01234567\r\n8\r\n89ABCDEF\r\n0\r\n\r\n");
    const std::string answer = connection.readAll();
    EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 413") << answer;
    EXPECT_EQ(offsetOf(path), 0);
    EXPECT_EQ(fileSize(path), 0u);
}

TEST_F(Uploads, PatchWithoutLengthIsRefusedWithoutWaitingForTheBody)
{
    const std::string path = create(10);
    RawConnection connection(f.server.port());
    connection.send("PATCH " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                    f.aliceToken + "\r\nTus-Resumable: 1.0.0\r\nContent-Type: " + kOctets +
                    "\r\nUpload-Offset: 0\r\n\r\n");
    const std::string answer = connection.readHead();
    EXPECT_EQ(answer.substr(0, 12), "HTTP/1.1 411") << answer;
    EXPECT_EQ(offsetOf(path), 0);
}
