#include "Totp.h"
#include "Base32.h"

#include <gtest/gtest.h>

using namespace pli::server;

namespace {
std::vector<unsigned char> rfcKey()
{
    const std::string ascii = "12345678901234567890";
    return {ascii.begin(), ascii.end()};
}
} // namespace

// RFC 6238 Appendix B, SHA-1 column (8 digits).
TEST(Totp, MatchesRfc6238TestVectors)
{
    const auto key = rfcKey();
    EXPECT_EQ(totp::codeAt(key, 59, 8), "94287082");
    EXPECT_EQ(totp::codeAt(key, 1111111109, 8), "07081804");
    EXPECT_EQ(totp::codeAt(key, 1111111111, 8), "14050471");
    EXPECT_EQ(totp::codeAt(key, 1234567890, 8), "89005924");
    EXPECT_EQ(totp::codeAt(key, 2000000000, 8), "69279037");
    EXPECT_EQ(totp::codeAt(key, 20000000000, 8), "65353130");
}

TEST(Totp, SixDigitCodesAreTheLowDigitsOfTheSameValue)
{
    const auto key = rfcKey();
    EXPECT_EQ(totp::codeAt(key, 59), "287082");
    EXPECT_EQ(totp::codeAt(key, 1111111109), "081804"); // keeps the leading zero
    EXPECT_EQ(totp::codeAt(key, 20000000000), "353130");
}

TEST(Totp, RfcHotpVectorsForCounters)
{
    // RFC 4226 Appendix D.
    const auto key = rfcKey();
    EXPECT_EQ(totp::hotp(key, 0), "755224");
    EXPECT_EQ(totp::hotp(key, 1), "287082");
    EXPECT_EQ(totp::hotp(key, 9), "520489");
}

TEST(Totp, Base32SecretGivesTheSameCodes)
{
    const auto secret = base32::encode(rfcKey());
    EXPECT_EQ(secret, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    EXPECT_EQ(totp::codeAt(secret, 59, 8), "94287082");
    EXPECT_EQ(totp::codeAt(std::string_view("not base32!"), 59), "");
}

TEST(Totp, AcceptsOneStepOfDriftEitherWay)
{
    const auto key = rfcKey();
    const std::int64_t now = 1111111111; // step 37037037
    const auto step = totp::stepAt(now);
    EXPECT_EQ(totp::matchStep(key, totp::hotp(key, step), now), step);
    EXPECT_EQ(totp::matchStep(key, totp::hotp(key, step - 1), now), step - 1);
    EXPECT_EQ(totp::matchStep(key, totp::hotp(key, step + 1), now), step + 1);
    EXPECT_FALSE(totp::matchStep(key, totp::hotp(key, step - 2), now));
    EXPECT_FALSE(totp::matchStep(key, totp::hotp(key, step + 2), now));
}

TEST(Totp, RejectsStepsAlreadyUsed)
{
    const auto key = rfcKey();
    const std::int64_t now = 1111111111;
    const auto step = totp::stepAt(now);
    EXPECT_FALSE(totp::matchStep(key, totp::hotp(key, step), now, step));
    EXPECT_FALSE(totp::matchStep(key, totp::hotp(key, step - 1), now, step));
    EXPECT_EQ(totp::matchStep(key, totp::hotp(key, step + 1), now, step), step + 1);
}

TEST(Totp, RejectsMalformedCodes)
{
    const auto key = rfcKey();
    const std::int64_t now = 59;
    EXPECT_FALSE(totp::matchStep(key, "", now));
    EXPECT_FALSE(totp::matchStep(key, "28708", now));
    EXPECT_FALSE(totp::matchStep(key, "2870820", now));
    EXPECT_FALSE(totp::matchStep(key, "28708a", now));
    EXPECT_TRUE(totp::matchStep(key, "287082", now));
}

TEST(Totp, GeneratesDistinct160BitSecrets)
{
    const auto a = totp::generateSecret();
    const auto b = totp::generateSecret();
    EXPECT_EQ(a.size(), 32u);
    EXPECT_NE(a, b);
    ASSERT_TRUE(base32::decode(a));
    EXPECT_EQ(base32::decode(a)->size(), 20u);
}

TEST(Totp, ProvisioningUriEncodesTheLabel)
{
    EXPECT_EQ(totp::provisioningUri("alice", "ABC"),
              "otpauth://totp/Pli:alice?secret=ABC&issuer=Pli&digits=6&period=30");
    EXPECT_EQ(totp::provisioningUri("a b@c+d", "ABC"),
              "otpauth://totp/Pli:a%20b%40c%2Bd?secret=ABC&issuer=Pli&digits=6&period=30");
}
