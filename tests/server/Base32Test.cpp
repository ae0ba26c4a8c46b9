#include "Base32.h"
#include "Crypto.h"

#include <gtest/gtest.h>

using namespace pli::server;

namespace {
std::vector<unsigned char> bytes(std::string_view text)
{
    return {text.begin(), text.end()};
}
} // namespace

TEST(Base32, EncodesRfc4648VectorsWithoutPadding)
{
    EXPECT_EQ(base32::encode(bytes("")), "");
    EXPECT_EQ(base32::encode(bytes("f")), "MY");
    EXPECT_EQ(base32::encode(bytes("fo")), "MZXQ");
    EXPECT_EQ(base32::encode(bytes("foo")), "MZXW6");
    EXPECT_EQ(base32::encode(bytes("foob")), "MZXW6YQ");
    EXPECT_EQ(base32::encode(bytes("fooba")), "MZXW6YTB");
    EXPECT_EQ(base32::encode(bytes("foobar")), "MZXW6YTBOI");
}

TEST(Base32, DecodesPaddedLowerCaseAndSpacedInput)
{
    EXPECT_EQ(base32::decode("MZXW6YTBOI======"), bytes("foobar"));
    EXPECT_EQ(base32::decode("mzxw6ytboi"), bytes("foobar"));
    EXPECT_EQ(base32::decode("MZXW 6YTB OI"), bytes("foobar"));
    EXPECT_EQ(base32::normalize("mzxw 6ytb oi=="), "MZXW6YTBOI");
}

TEST(Base32, RoundTripsRandomBytesOfEveryLength)
{
    for (size_t length = 0; length <= 41; ++length) {
        const auto data = crypto::randomBytes(length);
        const auto text = base32::encode(data);
        EXPECT_EQ(text.find('='), std::string::npos);
        const auto back = base32::decode(text);
        ASSERT_TRUE(back) << text;
        EXPECT_EQ(*back, data) << "length " << length;
    }
}

TEST(Base32, RejectsCharactersOutsideTheAlphabet)
{
    EXPECT_FALSE(base32::decode("MZXW6YT1")); // 1 is not base32
    EXPECT_FALSE(base32::decode("MZXW6YT0"));
    EXPECT_FALSE(base32::decode("MZXW6YT8"));
    EXPECT_FALSE(base32::decode("MZ-W6YTB"));
    EXPECT_FALSE(base32::decode("MZ=W6YTB"));
    EXPECT_FALSE(base32::normalize("JBSWY3DP!"));
}

TEST(Base32, RejectsImpossibleLengthsAndStrayBits)
{
    EXPECT_FALSE(base32::decode("M"));      // 1 symbol: 5 bits, no whole byte
    EXPECT_FALSE(base32::decode("MZX"));    // 3 symbols
    EXPECT_FALSE(base32::decode("MZXW6Y")); // 6 symbols
    EXPECT_FALSE(base32::decode("MB"));     // 10 bits whose last 2 are not zero
    EXPECT_TRUE(base32::decode("MY"));
}
