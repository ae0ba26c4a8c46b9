#include "transfers/DownloadJournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using pli::DownloadJournal;

namespace {

DownloadJournal sample()
{
    DownloadJournal j;
    j.url = QUrl(QStringLiteral("http://127.0.0.1:1/api/v1/attachments/a1/content"));
    j.attachmentId = QStringLiteral("a1");
    j.targetPath = QStringLiteral("/tmp/x/report.pdf");
    j.chunkSize = 100;
    j.reset(1050, "\"abc\"");
    j.sha256 = QByteArray(32, '\x07');
    return j;
}

} // namespace

TEST(DownloadJournal, ComputesChunkGeometry)
{
    DownloadJournal j = sample();
    EXPECT_EQ(j.chunkCount(), 11);
    EXPECT_EQ(j.chunkLength(10), 50);
    j.done.setBit(0);
    j.done.setBit(1);
    j.done.setBit(3);
    EXPECT_EQ(j.completedBytes(), 300);
    EXPECT_EQ(j.contiguousBytes(), 200);
    EXPECT_FALSE(j.isComplete());
}

TEST(DownloadJournal, SurvivesASaveAndLoad)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("j"));
    DownloadJournal j = sample();
    for (int i : {0, 1, 2, 5, 7, 8, 10})
        j.done.setBit(i);
    QString error;
    ASSERT_TRUE(j.save(path, &error)) << error.toStdString();
    const auto loaded = DownloadJournal::load(path);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->url, j.url);
    EXPECT_EQ(loaded->attachmentId, j.attachmentId);
    EXPECT_EQ(loaded->targetPath, j.targetPath);
    EXPECT_EQ(loaded->size, 1050);
    EXPECT_EQ(loaded->etag, QByteArray("\"abc\""));
    EXPECT_EQ(loaded->sha256, j.sha256);
    EXPECT_EQ(loaded->done, j.done);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".new")));
}

TEST(DownloadJournal, RejectsDamagedOrForeignFiles)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("j"));
    EXPECT_FALSE(DownloadJournal::load(path)) << "absent";
    for (const QByteArray &text :
         {QByteArray("not json"), QByteArray("{\"version\":99}"),
          QByteArray(R"({"version":1,"url":"http://h/x","target":"/t","size":10,"chunk_size":5,)"
                     R"("done":"0-7"})"),
          QByteArray(
              R"({"version":1,"url":"http://h/x","target":"/t","size":-3,"chunk_size":5})")}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        EXPECT_FALSE(DownloadJournal::load(path)) << text.constData();
    }
}
