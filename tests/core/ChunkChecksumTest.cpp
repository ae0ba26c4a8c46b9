// ChunkChecksum: the SHA-256 of a byte range of a real file (or of the file up to the range's
// end, for Upload-Prefix-Digest), computed on a worker thread.
#include "transfers/ChunkChecksum.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <tuple>

using pli::ChunkChecksum;

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

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
        // Queued, as the upload receives them: the worker thread never touches the results.
        QObject::connect(
            &m_checksum, &ChunkChecksum::ready, &m_context,
            [this](qint64 offset, qint64 length, const QByteArray &digest) {
                m_results.append({offset, length, digest});
            },
            Qt::QueuedConnection);
    }

    // The next result (waits for it).
    std::tuple<qint64, qint64, QByteArray> next(const QString &path, qint64 offset, qint64 length)
    {
        const qsizetype before = m_results.size();
        m_checksum.compute(path, offset, length);
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_results.size() > before; }, 10000));
        return m_results.value(before);
    }

    QTemporaryDir m_dir;
    QByteArray m_content;
    QString m_path;
    ChunkChecksum m_checksum;
    QObject m_context;
    QList<std::tuple<qint64, qint64, QByteArray>> m_results;
};

} // namespace

TEST_F(ChunkChecksumTest, HashesTheRequestedRangeOnly)
{
    const qint64 offset = 1024 * 1024 + 5, length = 2 * 1024 * 1024 + 3; // spans read blocks
    const auto [gotOffset, gotLength, digest] = next(m_path, offset, length);
    EXPECT_EQ(gotOffset, offset);
    EXPECT_EQ(gotLength, length);
    EXPECT_EQ(digest, sha256(m_content.mid(offset, length)));
}

TEST_F(ChunkChecksumTest, ARangePastTheEndOfTheFileGivesNoDigest)
{
    EXPECT_TRUE(std::get<2>(next(m_path, m_content.size() - 10, 100)).isEmpty());
    EXPECT_TRUE(std::get<2>(next(m_dir.filePath(QStringLiteral("missing.bin")), 0, 10)).isEmpty());
}

TEST_F(ChunkChecksumTest, ANewRequestAbandonsTheRunningOne)
{
    // Long enough (256 MiB, sparse) that it is still running when the next request comes.
    const QString big = m_dir.filePath(QStringLiteral("big.bin"));
    QFile sparse(big);
    ASSERT_TRUE(sparse.open(QIODevice::WriteOnly) && sparse.resize(256LL * 1024 * 1024));
    m_checksum.compute(big, 0, sparse.size());
    m_checksum.compute(m_path, 0, 10);
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_results.isEmpty(); }, 10000));
    QTest::qWait(200); // nothing else arrives
    ASSERT_EQ(m_results.size(), 1) << "only the last request answers";
    EXPECT_EQ(std::get<1>(m_results.first()), 10);
}

TEST_F(ChunkChecksumTest, PrefixDigestsCoverTheFileFromItsFirstByte)
{
    EXPECT_TRUE(m_checksum.useExtensions("creation, checksum,prefix-digest"));
    EXPECT_EQ(m_checksum.kind(), ChunkChecksum::Kind::Prefix);
    const qint64 chunk = 1024 * 1024 + 1;
    EXPECT_EQ(std::get<2>(next(m_path, 0, chunk)), sha256(m_content.left(chunk)));
    EXPECT_EQ(std::get<2>(next(m_path, chunk, chunk)), sha256(m_content.left(2 * chunk)));
    // The same chunk again (the server refused it): from the state saved at its start.
    EXPECT_EQ(std::get<2>(next(m_path, chunk, chunk)), sha256(m_content.left(2 * chunk)));
    const qint64 last = m_content.size() - 2 * chunk;
    EXPECT_EQ(std::get<2>(next(m_path, 2 * chunk, last)), sha256(m_content));

    // Resuming elsewhere (no state saved there): hashed from byte 0.
    ChunkChecksum resumed;
    resumed.useExtensions("prefix-digest");
    QByteArray digest;
    QObject::connect(&resumed, &ChunkChecksum::ready, &m_context,
                     [&digest](qint64, qint64, const QByteArray &d) { digest = d; });
    resumed.compute(m_path, 1000, 5000);
    ASSERT_TRUE(QTest::qWaitFor([&digest] { return !digest.isEmpty(); }, 10000));
    EXPECT_EQ(digest, sha256(m_content.left(6000)));
}

TEST_F(ChunkChecksumTest, EachKindHasItsHeader)
{
    const QByteArray digest = sha256("abc");
    QNetworkRequest chunk;
    m_checksum.addHeader(chunk, digest);
    EXPECT_EQ(chunk.rawHeader("Upload-Checksum"), "sha256 " + digest.toBase64());
    EXPECT_FALSE(chunk.hasRawHeader("Upload-Prefix-Digest"));

    EXPECT_FALSE(m_checksum.useExtensions("creation,checksum")) << "already the chunk kind";
    EXPECT_TRUE(m_checksum.useExtensions("checksum,prefix-digest"));
    QNetworkRequest prefix;
    m_checksum.addHeader(prefix, digest);
    EXPECT_EQ(prefix.rawHeader("Upload-Prefix-Digest"), "sha-256=:" + digest.toBase64() + ':');
    EXPECT_FALSE(prefix.hasRawHeader("Upload-Checksum"));
    EXPECT_TRUE(m_checksum.useExtensions(""));
    EXPECT_EQ(m_checksum.kind(), ChunkChecksum::Kind::Chunk);
}
