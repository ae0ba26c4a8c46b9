// The tus request headers with a syntax of their own: Upload-Metadata and Upload-Checksum.
#include "ApiError.h"
#include "ChecksumHeader.h"
#include "Crypto.h"
#include "UploadMetadata.h"

#include <gtest/gtest.h>

using namespace pli::server;

TEST(UploadHeaders, MetadataPairsAreDecoded)
{
    const auto metadata =
        UploadMetadata::parse("filename " + crypto::base64Encode("Relevé.pdf") + ",content_type " +
                              crypto::base64Encode("application/pdf") + ",flag");
    ASSERT_TRUE(metadata);
    EXPECT_EQ(metadata->value("filename"), "Relevé.pdf");
    EXPECT_EQ(metadata->value("content_type"), "application/pdf");
    EXPECT_EQ(metadata->value("flag"), "");
    EXPECT_FALSE(metadata->value("other"));
}

TEST(UploadHeaders, MalformedMetadataIsRefused)
{
    EXPECT_FALSE(UploadMetadata::parse("filename not*base64"));
    EXPECT_FALSE(UploadMetadata::parse("filename YQ==,filename Yg=="));
    EXPECT_FALSE(UploadMetadata::parse("filename YQ==,,"));
    EXPECT_TRUE(UploadMetadata::parse(""));
}

TEST(UploadHeaders, MetadataRoundTrips)
{
    const std::string header = UploadMetadata::format({{"filename", "a b.txt"}});
    EXPECT_EQ(header, "filename YSBiLnR4dA==");
    EXPECT_EQ(UploadMetadata::parse(header)->value("filename"), "a b.txt");
}

TEST(UploadHeaders, ChecksumNamesAlgorithmAndDigest)
{
    const auto digest = crypto::sha256("abc");
    const auto checksum =
        ChecksumHeader::parse("sha256 " + crypto::base64Encode(digest.data(), digest.size()));
    EXPECT_EQ(checksum.algorithm, DigestAlgorithm::Sha256);
    EXPECT_EQ(checksum.expected, std::string(digest.begin(), digest.end()));
    // sha1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d
    EXPECT_EQ(ChecksumHeader::parse("sha1 qZk+NkcGgWq6PiVxeFDCbJzQ2J0=").algorithm,
              DigestAlgorithm::Sha1);
}

TEST(UploadHeaders, ChecksumWithUnknownAlgorithmOrBadValueIsRefused)
{
    try {
        ChecksumHeader::parse("md5 kAFQmDzST7DWlj99KOF/cg==");
        FAIL() << "md5 accepted";
    } catch (const ApiError &error) {
        EXPECT_EQ(error.status, 400);
        EXPECT_EQ(error.code, "unsupported_checksum_algorithm");
    }
    for (const char *bad : {"sha256", "sha256 !!!", "sha1 YWJj"}) {
        try {
            ChecksumHeader::parse(bad);
            FAIL() << bad << " accepted";
        } catch (const ApiError &error) {
            EXPECT_EQ(error.code, "invalid_checksum") << bad;
        }
    }
}
