// sanitizeFileName: the names attachments are stored and offered under.
#include "FileName.h"

#include <gtest/gtest.h>

using pli::server::sanitizeFileName;

TEST(AttachmentFileName, KeepsOrdinaryNames)
{
    EXPECT_EQ(sanitizeFileName("Relevé été 2015.pdf"), "Relevé été 2015.pdf");
    EXPECT_EQ(sanitizeFileName(".profile"), ".profile");
}

TEST(AttachmentFileName, KeepsOnlyTheBasename)
{
    EXPECT_EQ(sanitizeFileName("/etc/passwd"), "passwd");
    EXPECT_EQ(sanitizeFileName("C:\\Users\\bob\\budget.xlsx"), "budget.xlsx");
    EXPECT_EQ(sanitizeFileName("../../secret.txt"), "secret.txt");
}

TEST(AttachmentFileName, NeverContainsDotDot)
{
    EXPECT_EQ(sanitizeFileName(".."), "attachment");
    EXPECT_EQ(sanitizeFileName("..."), "attachment");
    EXPECT_EQ(sanitizeFileName("a..b.txt"), "a.b.txt");
}

TEST(AttachmentFileName, ReplacesControlCharactersAndBadUtf8)
{
    EXPECT_EQ(sanitizeFileName("a\r\nb\tc\x7F.txt"), "a__b_c_.txt");
    EXPECT_EQ(sanitizeFileName("caf\xC3.txt"), "caf_.txt");
    EXPECT_EQ(sanitizeFileName("x\xC0\xAF.txt"), "x__.txt"); // overlong '/'
    EXPECT_EQ(sanitizeFileName("x\xC2\x85y"), "x_y");        // U+0085 NEXT LINE
}

TEST(AttachmentFileName, EmptyOrBlankGetsAGenericName)
{
    EXPECT_EQ(sanitizeFileName(""), "attachment");
    EXPECT_EQ(sanitizeFileName("   "), "attachment");
    EXPECT_EQ(sanitizeFileName("dir/"), "attachment");
}

TEST(AttachmentFileName, DropsTrailingDotsAndSpaces)
{
    EXPECT_EQ(sanitizeFileName("  report.pdf. . "), "report.pdf");
}

TEST(AttachmentFileName, CapsLengthOnACharacterBoundaryKeepingTheExtension)
{
    std::string name;
    for (int i = 0; i < 200; ++i)
        name += "é"; // 2 bytes each
    const std::string clean = sanitizeFileName(name + ".xlsx");
    EXPECT_LE(clean.size(), 255u);
    EXPECT_EQ(clean.substr(clean.size() - 5), ".xlsx");
    EXPECT_EQ(clean.size(), 255u); // 125 whole "é" + ".xlsx"
    EXPECT_EQ(sanitizeFileName(clean), clean);

    const std::string noExtension = sanitizeFileName(name);
    EXPECT_EQ(noExtension.size(), 254u);
}
