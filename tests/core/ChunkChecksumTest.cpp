// ChunkChecksum: the SHA-256 of a byte range of a real file, computed on a worker thread.
#include "transfers/ChunkChecksum.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using pli::ChunkChecksum;

namespace {

class ChunkChecksumTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_content = QByteArray(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < m_content.size(); ++i)
            m_content[i] = char((i * 131) ^ (i >> 9));
        m_path = m_dir.filePath(QStringLiteral("source.bin"));
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(m_content);
    }

    QTemporaryDir m_dir;
    QByteArray m_content;
    QString m_path;
};

// The worker thread emits `ready` straight into the spy (a direct connection), possibly before
// QSignalSpy::wait() would start waiting: wait for the count instead.
bool answered(const QSignalSpy &ready, int count)
{
    return QTest::qWaitFor([&] { return ready.size() >= count; }, 10000);
}

} // namespace

TEST_F(ChunkChecksumTest, HashesTheRequestedRangeOnly)
{
    ChunkChecksum checksum;
    QSignalSpy ready(&checksum, &ChunkChecksum::ready);
    const qint64 offset = 1024 * 1024 + 5, length = 2 * 1024 * 1024 + 3; // spans read blocks
    checksum.compute(m_path, offset, length);
    ASSERT_TRUE(answered(ready, 1));
    EXPECT_EQ(ready.first().at(0).toLongLong(), offset);
    EXPECT_EQ(ready.first().at(1).toLongLong(), length);
    EXPECT_EQ(ready.first().at(2).toByteArray(),
              QCryptographicHash::hash(m_content.mid(offset, length), QCryptographicHash::Sha256));
}

TEST_F(ChunkChecksumTest, ARangePastTheEndOfTheFileGivesNoDigest)
{
    ChunkChecksum checksum;
    QSignalSpy ready(&checksum, &ChunkChecksum::ready);
    checksum.compute(m_path, m_content.size() - 10, 100);
    ASSERT_TRUE(answered(ready, 1));
    EXPECT_TRUE(ready.first().at(2).toByteArray().isEmpty());
    checksum.compute(m_dir.filePath(QStringLiteral("missing.bin")), 0, 10);
    ASSERT_TRUE(answered(ready, 2));
    EXPECT_TRUE(ready.last().at(2).toByteArray().isEmpty());
}

TEST_F(ChunkChecksumTest, ANewRequestAbandonsTheRunningOne)
{
    // Long enough (256 MiB, sparse) that it is still running when the next request comes.
    const QString big = m_dir.filePath(QStringLiteral("big.bin"));
    QFile sparse(big);
    ASSERT_TRUE(sparse.open(QIODevice::WriteOnly) && sparse.resize(256LL * 1024 * 1024));
    ChunkChecksum checksum;
    QSignalSpy ready(&checksum, &ChunkChecksum::ready);
    checksum.compute(big, 0, sparse.size());
    checksum.compute(m_path, 0, 10);
    ASSERT_TRUE(answered(ready, 1));
    QTest::qWait(200); // nothing else arrives
    ASSERT_EQ(ready.size(), 1) << "only the last request answers";
    EXPECT_EQ(ready.first().at(1).toLongLong(), 10);
}
