// ByteRange: resolving a Range header against a representation's size (RFC 9110 §14).
#include "ByteRange.h"

#include <gtest/gtest.h>

using pli::server::ByteRange;
using Kind = ByteRange::Kind;

namespace {
void expectPartial(const ByteRange &range, std::int64_t first, std::int64_t last)
{
    EXPECT_EQ(range.kind, Kind::Partial);
    EXPECT_EQ(range.first, first);
    EXPECT_EQ(range.last, last);
    EXPECT_EQ(range.length(), last - first + 1);
}

void expectWhole(const ByteRange &range, std::int64_t size)
{
    EXPECT_EQ(range.kind, Kind::Whole);
    EXPECT_EQ(range.first, 0);
    EXPECT_EQ(range.length(), size);
}
} // namespace

TEST(Range, AbsentHeaderAsksForEverything)
{
    expectWhole(ByteRange::resolve("", 100), 100);
}

TEST(Range, FirstAndLastAreInclusive)
{
    expectPartial(ByteRange::resolve("bytes=0-9", 100), 0, 9);
    expectPartial(ByteRange::resolve("bytes=10-10", 100), 10, 10);
}

TEST(Range, OpenEndRunsToTheLastByte)
{
    expectPartial(ByteRange::resolve("bytes=90-", 100), 90, 99);
    expectPartial(ByteRange::resolve("bytes=99-", 100), 99, 99);
}

TEST(Range, LastByteAlone)
{
    expectPartial(ByteRange::resolve("bytes=99-99", 100), 99, 99);
    expectPartial(ByteRange::resolve("bytes=-1", 100), 99, 99);
}

TEST(Range, SuffixTakesTheLastBytes)
{
    expectPartial(ByteRange::resolve("bytes=-10", 100), 90, 99);
}

TEST(Range, SuffixLongerThanTheRepresentationTakesAll)
{
    expectPartial(ByteRange::resolve("bytes=-500", 100), 0, 99);
}

TEST(Range, LastPastTheEndIsClamped)
{
    expectPartial(ByteRange::resolve("bytes=50-1000", 100), 50, 99);
}

TEST(Range, UnitAndSpacesAreTolerated)
{
    expectPartial(ByteRange::resolve("Bytes= 5 - 6 ", 100), 5, 6);
}

TEST(Range, StartAtOrPastTheEndIsUnsatisfiable)
{
    EXPECT_EQ(ByteRange::resolve("bytes=100-", 100).kind, Kind::Unsatisfiable);
    EXPECT_EQ(ByteRange::resolve("bytes=100-200", 100).kind, Kind::Unsatisfiable);
    EXPECT_EQ(ByteRange::resolve("bytes=-0", 100).kind, Kind::Unsatisfiable);
}

TEST(Range, HugeNumbersDoNotOverflow)
{
    EXPECT_EQ(ByteRange::resolve("bytes=99999999999999999999999-", 100).kind, Kind::Unsatisfiable);
    expectPartial(ByteRange::resolve("bytes=0-99999999999999999999999", 100), 0, 99);
    expectPartial(ByteRange::resolve("bytes=-99999999999999999999999", 100), 0, 99);
}

TEST(Range, SeveralRangesGetTheWholeBody)
{
    expectWhole(ByteRange::resolve("bytes=0-1,5-6", 100), 100);
    expectWhole(ByteRange::resolve("bytes=0-1, 200-300", 100), 100);
}

TEST(Range, UnknownUnitsAndMalformedValuesAreIgnored)
{
    expectWhole(ByteRange::resolve("items=0-5", 100), 100);
    expectWhole(ByteRange::resolve("bytes=abc", 100), 100);
    expectWhole(ByteRange::resolve("bytes=5-2", 100), 100);
    expectWhole(ByteRange::resolve("bytes=-", 100), 100);
    expectWhole(ByteRange::resolve("bytes=1-x", 100), 100);
    expectWhole(ByteRange::resolve("bytes=+1-5", 100), 100);
}

TEST(Range, EmptyRepresentationIsAlwaysWhole)
{
    const auto range = ByteRange::resolve("bytes=0-10", 0);
    EXPECT_EQ(range.kind, Kind::Whole);
    EXPECT_EQ(range.length(), 0);
}
