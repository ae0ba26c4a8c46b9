// Uploads one file to a fresh pli-server (started with the test fixture on loopback) three times:
// with curl (tus by hand: POST, then one PATCH per 32 MiB piece, well under the server's 64 MiB
// per-request cap), with pli::TusUpload (checksummed chunks streamed from the file, 32 MiB by
// default), and with the way TusUpload worked before (each chunk read into a QByteArray,
// checksummed and PATCHed through QNetworkAccessManager), and prints the three throughputs.
#include "TestServer.h"
#include "transfers/Sha256.h"
#include "transfers/TusUpload.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>

namespace {

QByteArray runCurl(const QStringList &args)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), args);
    curl.waitForFinished(-1);
    if (curl.exitCode() != 0)
        std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().constData());
    return curl.readAllStandardOutput();
}

// Waits for a reply and returns its status (0 on a network error).
int await(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// The previous TusUpload data path, kept as the baseline: the chunk in a QByteArray, hashed, and
// handed to QNetworkAccessManager. Returns the seconds taken, or -1.
double qnamUpload(const QString &endpoint, const QByteArray &token, const QString &path,
                  qint64 chunkSize)
{
    QNetworkAccessManager network;
    const auto request = [&](const QUrl &url) {
        QNetworkRequest r(url);
        r.setRawHeader("Authorization", "Bearer " + token);
        r.setRawHeader("Tus-Resumable", "1.0.0");
        return r;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QElapsedTimer clock;
    clock.start();
    QNetworkRequest create = request(QUrl(endpoint));
    create.setRawHeader("Upload-Length", QByteArray::number(file.size()));
    create.setRawHeader("Content-Type", "application/offset+octet-stream");
    create.setRawHeader("Upload-Metadata",
                        "filename " + QFileInfo(path).fileName().toUtf8().toBase64());
    QNetworkReply *created = network.post(create, QByteArray());
    if (await(created) != 201)
        return -1;
    const QUrl url = QUrl(endpoint).resolved(QUrl::fromEncoded(created->rawHeader("Location")));
    for (qint64 offset = 0; offset < file.size();) {
        const QByteArray chunk = file.read(chunkSize);
        QNetworkRequest patch = request(url);
        patch.setRawHeader("Content-Type", "application/offset+octet-stream");
        patch.setRawHeader("Upload-Offset", QByteArray::number(offset));
        patch.setRawHeader("Upload-Checksum", "sha256 " + pli::Sha256::of(chunk).toBase64());
        if (await(network.sendCustomRequest(patch, "PATCH", chunk)) != 204)
            return -1;
        offset += chunk.size();
    }
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr,
                     "usage: pli-bench-upload FILE [CHUNK_MIB] (split into 32 MiB pieces beside "
                     "it with `split -b 32M FILE FILE.piece.` first)\n");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const qint64 size = QFileInfo(file).size();
    pli::test::TestServer server;
    const std::string user = server.addUser("bench");
    const QByteArray token = QByteArray::fromStdString(server.tokenFor(user));
    const QString endpoint =
        QString::fromStdString(server.baseUrl()) + QStringLiteral("/api/v1/uploads");
    const QString auth = QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token);

    // curl: the same protocol by hand, pieces prepared beforehand (not timed).
    QStringList pieces = QFileInfo(file).dir().entryList(
        {QFileInfo(file).fileName() + QStringLiteral(".piece.*")}, QDir::Files, QDir::Name);
    if (pieces.isEmpty()) {
        std::fprintf(stderr, "no pieces: run split -b 32M first\n");
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    const QByteArray created = runCurl(
        {QStringLiteral("-si"), QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"),
         auth, QStringLiteral("-H"), QStringLiteral("Tus-Resumable: 1.0.0"), QStringLiteral("-H"),
         QStringLiteral("Upload-Length: %1").arg(size), QStringLiteral("-H"),
         QStringLiteral("Upload-Metadata: filename ") +
             QString::fromLatin1(QFileInfo(file).fileName().toUtf8().toBase64()),
         endpoint});
    const auto match = QRegularExpression(QStringLiteral("(?i)location: *(\\S+)"))
                           .match(QString::fromLatin1(created));
    if (!match.hasMatch()) {
        std::fprintf(stderr, "curl could not create the upload:\n%s\n", created.constData());
        return 1;
    }
    const QString uploadUrl = QString::fromStdString(server.baseUrl()) + match.captured(1);
    qint64 offset = 0;
    for (const QString &piece : std::as_const(pieces)) {
        const QString path = QFileInfo(file).dir().filePath(piece);
        const QByteArray status =
            runCurl({QStringLiteral("-s"), QStringLiteral("-o"),
                     QStringLiteral("/tmp/pli-bench-upload-answer"), QStringLiteral("-w"),
                     QStringLiteral("%{http_code}"), QStringLiteral("-X"), QStringLiteral("PATCH"),
                     QStringLiteral("-H"), auth, QStringLiteral("-H"),
                     QStringLiteral("Tus-Resumable: 1.0.0"), QStringLiteral("-H"),
                     QStringLiteral("Content-Type: application/offset+octet-stream"),
                     QStringLiteral("-H"), QStringLiteral("Upload-Offset: %1").arg(offset),
                     QStringLiteral("-T"), path, uploadUrl});
        if (status != "204") {
            std::fprintf(stderr, "curl PATCH answered %s\n", status.constData());
            return 1;
        }
        offset += QFileInfo(path).size();
    }
    const double curlSeconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("curl upload bytes=%lld seconds=%.3f MB/s=%.1f\n", static_cast<long long>(size),
                curlSeconds, double(size) / 1e6 / curlSeconds);

    QNetworkAccessManager network;
    pli::UploadRequest request;
    request.endpoint = QUrl(endpoint);
    request.filePath = file;
    pli::UploadOptions options;
    if (argc == 3)
        options.chunkSize = QByteArray(argv[2]).toLongLong() * 1024 * 1024;
    pli::TusUpload job(
        &network,
        [token](QNetworkRequest &r) { r.setRawHeader("Authorization", "Bearer " + token); },
        request, options);
    job.setAutoDelete(false);
    int status = 0;
    QObject::connect(&job, &pli::Job::finished, &app, [&] {
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        if (!job.isSuccess()) {
            std::fprintf(stderr, "failed: %s %s\n", qPrintable(job.error().codeName()),
                         qPrintable(job.error().detail()));
            status = 1;
        } else {
            std::printf("pli  upload bytes=%lld seconds=%.3f MB/s=%.1f ratio_vs_curl=%.2f "
                        "chunk_MiB=%lld\n",
                        static_cast<long long>(size), seconds, double(size) / 1e6 / seconds,
                        curlSeconds / seconds, static_cast<long long>(options.chunkSize >> 20));
            const double before = qnamUpload(endpoint, token, file, options.chunkSize);
            if (before > 0)
                std::printf("qnam upload bytes=%lld seconds=%.3f MB/s=%.1f ratio_vs_curl=%.2f "
                            "(the previous data path, same chunk size)\n",
                            static_cast<long long>(size), before, double(size) / 1e6 / before,
                            curlSeconds / before);
            else
                std::fprintf(stderr, "the QNetworkAccessManager baseline failed\n");
        }
        app.exit(status);
    });
    clock.restart();
    job.start();
    return app.exec();
}
