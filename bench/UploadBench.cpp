// Uploads one file to a fresh pli-server (started with the test fixture on loopback) twice:
// with curl (tus by hand: POST, then one PATCH per 32 MiB piece, well under the server's 64 MiB
// per-request cap) and with pli::TusUpload (8 MiB checksummed chunks), and prints both throughputs.
#include "TestServer.h"
#include "transfers/TusUpload.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
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
            std::printf("pli  upload bytes=%lld seconds=%.3f MB/s=%.1f ratio_vs_curl=%.2f\n",
                        static_cast<long long>(size), seconds, double(size) / 1e6 / seconds,
                        curlSeconds / seconds);
        }
        app.exit(status);
    });
    clock.restart();
    job.start();
    return app.exec();
}
