#include "transfers/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using pli::SafeFileName;

TEST(SafeFileName, KeepsAnOrdinaryName)
{
    EXPECT_EQ(SafeFileName::sanitize(QStringLiteral("Budget 2015.xlsx")),
              QStringLiteral("Budget 2015.xlsx"));
    EXPECT_EQ(SafeFileName::sanitize(QStringLiteral("Cartes d'accès.pdf")),
              QStringLiteral("Cartes d'accès.pdf"));
}

TEST(SafeFileName, RemovesPathSeparatorsAndParentReferences)
{
    const QString name = SafeFileName::sanitize(QStringLiteral("../../etc/passwd"));
    EXPECT_FALSE(name.contains(QLatin1Char('/')));
    EXPECT_FALSE(name.startsWith(QLatin1Char('.')));
    EXPECT_FALSE(SafeFileName::sanitize(QStringLiteral("..\\..\\boot.ini")).contains(u'\\'));
    EXPECT_EQ(SafeFileName::sanitize(QStringLiteral("..")), QStringLiteral("download"));
    EXPECT_EQ(SafeFileName::sanitize(QStringLiteral(".")), QStringLiteral("download"));
    EXPECT_EQ(SafeFileName::sanitize(QString()), QStringLiteral("download"));
}

TEST(SafeFileName, ReplacesControlAndWindowsForbiddenCharacters)
{
    const QString name =
        SafeFileName::sanitize(QStringLiteral("a\nb\rc\td\u0001e:f*g?h\"i<j>k|l\u202Em.txt"));
    for (const QChar c : name) {
        EXPECT_GE(c.unicode(), 0x20) << name.toStdString();
        EXPECT_FALSE(QStringLiteral(":*?\"<>|").contains(c)) << name.toStdString();
        EXPECT_NE(c.category(), QChar::Other_Format) << "bidi override kept";
    }
    EXPECT_TRUE(name.endsWith(QStringLiteral(".txt")));
}

TEST(SafeFileName, DefusesWindowsReservedDeviceNames)
{
    for (const char *reserved :
         {"CON", "con.txt", "NUL", "Aux.tar.gz", "COM1", "lpt9.doc", "PRN "}) {
        const QString name = SafeFileName::sanitize(QString::fromLatin1(reserved));
        const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
        EXPECT_FALSE(
            QStringList({QStringLiteral("CON"), QStringLiteral("NUL"), QStringLiteral("AUX"),
                         QStringLiteral("COM1"), QStringLiteral("LPT9"), QStringLiteral("PRN")})
                .contains(stem))
            << reserved << " -> " << name.toStdString();
    }
    EXPECT_EQ(SafeFileName::sanitize(QStringLiteral("CONTRACT.pdf")),
              QStringLiteral("CONTRACT.pdf"));
}

TEST(SafeFileName, DropsTrailingDotsAndSpacesWindowsWouldStrip)
{
    EXPECT_EQ(SafeFileName::sanitize(QStringLiteral("report.pdf. . ")),
              QStringLiteral("report.pdf"));
    EXPECT_EQ(SafeFileName::sanitize(QStringLiteral(".hidden")), QStringLiteral("hidden"));
}

TEST(SafeFileName, CapsTheLengthKeepingTheExtension)
{
    const QString longName = QString(500, QChar(u'é')) + QStringLiteral(".pdf");
    const QString name = SafeFileName::sanitize(longName);
    EXPECT_LE(name.toUtf8().size(), SafeFileName::maxBytes);
    EXPECT_TRUE(name.endsWith(QStringLiteral(".pdf")));
    // A 4-byte character is never cut in half.
    const QString emoji = SafeFileName::sanitize(
        QString(300, QChar(0xD83D)).replace(QString(QChar(0xD83D)), QStringLiteral("\U0001F600")));
    EXPECT_LE(emoji.toUtf8().size(), SafeFileName::maxBytes);
    EXPECT_FALSE(emoji.at(emoji.size() - 1).isHighSurrogate());
}

TEST(SafeFileName, NeverReusesAnExistingNameOrAPartFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString first = SafeFileName::uniquePath(dir.path(), QStringLiteral("a.txt"));
    EXPECT_EQ(first, QDir(dir.path()).filePath(QStringLiteral("a.txt")));
    QFile(first).open(QIODevice::WriteOnly);
    const QString second = SafeFileName::uniquePath(dir.path(), QStringLiteral("a.txt"));
    EXPECT_EQ(second, QDir(dir.path()).filePath(QStringLiteral("a (1).txt")));
    QFile(second + QStringLiteral(".part")).open(QIODevice::WriteOnly);
    EXPECT_EQ(SafeFileName::uniquePath(dir.path(), QStringLiteral("a.txt")),
              QDir(dir.path()).filePath(QStringLiteral("a (2).txt")));
    QFile::link(QStringLiteral("/nonexistent"), QDir(dir.path()).filePath(QStringLiteral("b")));
    EXPECT_EQ(SafeFileName::uniquePath(dir.path(), QStringLiteral("b")),
              QDir(dir.path()).filePath(QStringLiteral("b (1)")));
}
