// FileSink: the bytes of a PATCH body reach the upload's file whole and in order, the first MiB
// as it comes and the rest in 64 KiB writes, and can be taken back.
#include "FileSink.h"
#include "TestServer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using pli::server::FileSink;

namespace {

std::string contentOf(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string pattern(std::size_t size)
{
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 131 + i / 4096) & 0xff);
    return bytes;
}

} // namespace

TEST(FileSink, WritesTheFirstMebibyteAsItComesThenGathers)
{
    pli::test::TempDir dir;
    const auto file = dir.path() / "upload";
    const std::string bytes = pattern(3 * 1024 * 1024 + 123);
    FileSink sink(file, 0);
    std::size_t at = 0;
    for (; at < static_cast<std::size_t>(FileSink::kWrittenThrough); at += 4096)
        ASSERT_TRUE(sink.write(bytes.data() + at, 4096));
    EXPECT_EQ(std::filesystem::file_size(file), at) << "a PATCH under way shows on disk";
    ASSERT_TRUE(sink.write(bytes.data() + at, 4096));
    at += 4096;
    EXPECT_EQ(sink.offset(), static_cast<std::int64_t>(at));
    EXPECT_LT(std::filesystem::file_size(file), at) << "gathered for a larger write";
    while (at < bytes.size()) {
        const std::size_t piece = std::min<std::size_t>(4096, bytes.size() - at);
        ASSERT_TRUE(sink.write(bytes.data() + at, piece));
        at += piece;
    }
    ASSERT_TRUE(sink.flush());
    EXPECT_EQ(sink.offset(), static_cast<std::int64_t>(bytes.size()));
    EXPECT_EQ(contentOf(file), bytes);
}

TEST(FileSink, ContinuesAtTheOffsetAndGivesBackGatheredBytes)
{
    pli::test::TempDir dir;
    const auto file = dir.path() / "upload";
    const std::string bytes = pattern(2 * 1024 * 1024);
    std::ofstream(file, std::ios::binary) << bytes.substr(0, 1000) << "junk past the offset";
    FileSink sink(file, 1000);
    EXPECT_EQ(std::filesystem::file_size(file), 1000u) << "a crashed request's bytes are cut";
    ASSERT_TRUE(sink.write(bytes.data() + 1000, bytes.size() - 1000));
    ASSERT_TRUE(sink.write("more", 4)); // gathered, not written yet
    sink.truncateTo(static_cast<std::int64_t>(bytes.size()));
    EXPECT_EQ(sink.offset(), static_cast<std::int64_t>(bytes.size()));
    ASSERT_TRUE(sink.sync());
    EXPECT_EQ(contentOf(file), bytes);
}
