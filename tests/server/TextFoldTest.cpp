#include "TextFold.h"

#include <gtest/gtest.h>

using pli::server::conversationSearchKey;
using pli::server::foldForSearch;

TEST(TextFold, LatinLettersLoseCaseAndAccents)
{
    EXPECT_EQ(foldForSearch("Réunion"), "reunion");
    EXPECT_EQ(foldForSearch("ÉLÈVE Ça"), "eleve ca");
    EXPECT_EQ(foldForSearch("Straße Œuvre Æsir Øresund Łódź Þór"),
              "strasse oeuvre aesir oresund lodz thor");
    EXPECT_EQ(foldForSearch("Şişli Ţară Ștefan Việt Nam"), "sisli tara stefan viet nam");
    EXPECT_EQ(foldForSearch("ﬁnance"), "finance");
}

TEST(TextFold, DecomposedAccentsFoldLikeComposedOnes)
{
    // "Re" + COMBINING ACUTE ACCENT + "union": what a macOS file name or a pasted text may hold.
    EXPECT_EQ(foldForSearch("Re\xCC\x81union"), foldForSearch("Réunion"));
}

TEST(TextFold, OtherScriptsKeepTheirLettersAndOnlyLoseCase)
{
    EXPECT_EQ(foldForSearch("ΑΘΗΝΑ"), "αθηνα");
    EXPECT_EQ(foldForSearch("МОСКВА Ёлка"), "москва ёлка");
    EXPECT_EQ(foldForSearch("東京 ✓ 50%_x"), "東京 ✓ 50%_x");
}

TEST(TextFold, ControlCharactersAndInvalidBytesAreDropped)
{
    EXPECT_EQ(foldForSearch("a\x1f"
                            "b\tc\x7f"),
              "abc");
    EXPECT_EQ(foldForSearch("ok\xC3"), "ok") << "a truncated sequence";
    EXPECT_EQ(foldForSearch("a\xC0\xAF"
                            "b"),
              "ab")
        << "an overlong slash";
    EXPECT_EQ(foldForSearch("\xED\xA0\x80x"), "x") << "a surrogate";
    EXPECT_EQ(foldForSearch(""), "");
}

TEST(TextFold, TheSearchKeyKeepsItsFieldsApart)
{
    const std::string key = conversationSearchKey("Réunion", "Marie@Pli.test", "Hélène");
    EXPECT_EQ(key, "reunion\x1f"
                   "marie@pli.test\x1f"
                   "helene");
    // No folded search text can hold the separator, so none matches across two fields.
    EXPECT_EQ(foldForSearch("reunion\x1fmarie").find('\x1f'), std::string::npos);
}
