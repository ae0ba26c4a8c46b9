// attachmentDisposition: the RFC 6266 / RFC 8187 Content-Disposition of a download.
#include "ContentDisposition.h"

#include <gtest/gtest.h>

using pli::server::attachmentDisposition;

TEST(ContentDisposition, Utf8NameGetsAsciiFallbackAndEncodedName)
{
    EXPECT_EQ(attachmentDisposition("Relevé été 2015.pdf"),
              "attachment; filename=\"Releve ete 2015.pdf\"; "
              "filename*=UTF-8''Relev%C3%A9%20%C3%A9t%C3%A9%202015.pdf");
}

TEST(ContentDisposition, PlainNameIsKeptAsIs)
{
    EXPECT_EQ(attachmentDisposition("budget-2015_v2.xlsx"),
              "attachment; filename=\"budget-2015_v2.xlsx\"; filename*=UTF-8''budget-2015_v2.xlsx");
}

TEST(ContentDisposition, NonLatinNameFallsBackToUnderscores)
{
    const std::string value = attachmentDisposition("報告.txt");
    EXPECT_NE(value.find("filename=\"__.txt\""), std::string::npos) << value;
    EXPECT_NE(value.find("filename*=UTF-8''%E5%A0%B1%E5%91%8A.txt"), std::string::npos) << value;
}

TEST(ContentDisposition, QuotesPercentAndSemicolonsCannotBreakTheHeader)
{
    const std::string value = attachmentDisposition("say \"hi\"; x=1 100%.txt");
    EXPECT_EQ(value, "attachment; filename=\"say _hi_; x=1 100_.txt\"; "
                     "filename*=UTF-8''say%20%22hi%22%3B%20x%3D1%20100%25.txt");
}

TEST(ContentDisposition, HostileStoredNameCannotInjectHeadersOrPaths)
{
    const std::string value = attachmentDisposition("..\\..\\x\r\nSet-Cookie: a=b\"\x01.exe");
    EXPECT_EQ(value.find('\r'), std::string::npos);
    EXPECT_EQ(value.find('\n'), std::string::npos);
    EXPECT_EQ(value.find('\\'), std::string::npos);
    EXPECT_EQ(value.find(".."), std::string::npos);
    EXPECT_EQ(value, "attachment; filename=\"x__Set-Cookie: a=b__.exe\"; "
                     "filename*=UTF-8''x__Set-Cookie%3A%20a%3Db%22_.exe");
}

TEST(ContentDisposition, EmptyNameGetsAGenericOne)
{
    EXPECT_EQ(attachmentDisposition(""),
              "attachment; filename=\"attachment\"; filename*=UTF-8''attachment");
}
