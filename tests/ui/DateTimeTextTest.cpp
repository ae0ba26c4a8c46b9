// How moments are written on cards and on paper: the medium date of the interface language, the
// time with seconds, in the computer's time zone with its abbreviation ("EST", or "HNE" in
// Canadian French), or the offset when the zone has no abbreviation. The zone is set through TZ,
// as a person's computer would have it.
#include "widgets/DateTimeText.h"
#include "ScopedTimeZone.h"

#include <QTimeZone>
#include <gtest/gtest.h>

// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

using namespace Qt::StringLiterals;
using pli::ui::DateTimeText;

namespace {

class DateTimeTextTest : public ::testing::Test
{
protected:
    pli::test::ScopedTimeZone zone{"UTC"};
    QLocale savedDefault;
    const QLocale english{QLocale::English, QLocale::UnitedStates};
    const QLocale french{QLocale::French, QLocale::Canada};
    // 2 February 2015, 15:14:18 in Toronto (winter), and a summer moment.
    const QDateTime winter{QDate(2015, 2, 2), QTime(20, 14, 18), Qt::UTC};
    const QDateTime summer{QDate(2015, 7, 2), QTime(19, 14, 18), Qt::UTC};

    void useZone(const char *name) { zone.set(name); }

    void TearDown() override { QLocale::setDefault(savedDefault); }
};

TEST_F(DateTimeTextTest, EnglishShowsMediumDateSecondsAndEasternAbbreviation)
{
    useZone("America/Toronto");
    EXPECT_EQ(DateTimeText::dateTime(winter, english), u"Feb 2, 2015 – 3:14:18 PM EST"_s);
    EXPECT_EQ(DateTimeText::dateTime(summer, english), u"Jul 2, 2015 – 3:14:18 PM EDT"_s);
}

TEST_F(DateTimeTextTest, CanadianFrenchUsesItsOwnAbbreviationsAndTwentyFourHours)
{
    useZone("America/Toronto");
    EXPECT_EQ(DateTimeText::dateTime(winter, french), u"2 févr. 2015 – 15:14:18 HNE"_s);
    EXPECT_EQ(DateTimeText::dateTime(summer, french), u"2 juill. 2015 – 15:14:18 HAE"_s);
    useZone("America/Vancouver");
    EXPECT_EQ(DateTimeText::dateTime(winter, french), u"2 févr. 2015 – 12:14:18 HNP"_s);
}

TEST_F(DateTimeTextTest, FollowsTheInterfaceLanguageByDefault)
{
    useZone("America/Toronto");
    QLocale::setDefault(french);
    EXPECT_EQ(DateTimeText::dateTime(winter), u"2 févr. 2015 – 15:14:18 HNE"_s);
    QLocale::setDefault(english);
    EXPECT_EQ(DateTimeText::dateTime(winter), u"Feb 2, 2015 – 3:14:18 PM EST"_s);
}

TEST_F(DateTimeTextTest, TheDatabaseAbbreviationServesWhenTheLanguageHasNone)
{
    // ICU writes Paris as "UTC+1" in French: the tz database's "CET" says more.
    useZone("Europe/Paris");
    EXPECT_EQ(DateTimeText::dateTime(winter, french), u"2 févr. 2015 – 21:14:18 CET"_s);
    useZone("America/St_Johns");
    EXPECT_EQ(DateTimeText::dateTime(winter, english), u"Feb 2, 2015 – 4:44:18 PM NST"_s);
}

TEST_F(DateTimeTextTest, ZonesWithoutAbbreviationShowTheOffset)
{
    useZone("Asia/Dubai"); // tzdata: "+04"
    EXPECT_EQ(DateTimeText::dateTime(winter, english), u"Feb 3, 2015 – 12:14:18 AM UTC+04:00"_s);
    useZone("Etc/GMT+5"); // five hours behind, tzdata: "-05"
    EXPECT_EQ(DateTimeText::dateTime(winter, french), u"2 févr. 2015 – 15:14:18 UTC−05:00"_s);
    useZone("UTC");
    EXPECT_EQ(DateTimeText::dateTime(winter, french), u"2 févr. 2015 – 20:14:18 UTC"_s);
    EXPECT_TRUE(DateTimeText::dateTime(QDateTime(), french).isEmpty());
}

TEST_F(DateTimeTextTest, MediumDateDropsTheWeekdayAndShortensTheMonth)
{
    EXPECT_EQ(DateTimeText::mediumDateFormat(english), u"MMM d, yyyy"_s);
    EXPECT_EQ(DateTimeText::mediumDateFormat(french), u"d MMM yyyy"_s);
    // Quoted words stay as they are.
    EXPECT_EQ(DateTimeText::mediumDateFormat(QLocale(QLocale::Spanish, QLocale::Spain)),
              u"d 'de' MMM 'de' yyyy"_s);
}

} // namespace
