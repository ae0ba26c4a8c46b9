// Downloads one URL with pli::ChunkedDownload (download and SHA-256 verification) and prints the
// wall time, the throughput and the peak resident memory, for comparison with curl and aria2c
// (bench/download-vs-curl.sh).
#include "transfers/ChunkedDownload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <sys/resource.h>

#include <cstdio>
#include <limits>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Download benchmark for ChunkedDownload"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("What to download"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Target folder"),
                                       QStringLiteral("dir"), QStringLiteral("."));
    const QCommandLineOption shaOption(QStringLiteral("sha256"),
                                       QStringLiteral("Expected SHA-256 (hex) when the server "
                                                      "sends no Repr-Digest"),
                                       QStringLiteral("hex"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Parallel connections (1-6)"),
                                               QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption chunkOption(QStringLiteral("chunk-mib"),
                                         QStringLiteral("Chunk size in MiB"), QStringLiteral("mib"),
                                         QStringLiteral("8"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("Bearer token"),
                                         QStringLiteral("token"));
    const QCommandLineOption bufferOption(QStringLiteral("read-buffer-kib"),
                                          QStringLiteral("Qt read buffer per connection"),
                                          QStringLiteral("kib"), QStringLiteral("256"));
    const QCommandLineOption handoverOption(
        QStringLiteral("handover-ms"),
        QStringLiteral("Hand the range of a connection quiet this long over (0: never)"),
        QStringLiteral("ms"), QString::number(pli::DownloadOptions().handoverAfterMs));
    parser.addOptions({dirOption, shaOption, connectionsOption, chunkOption, tokenOption,
                       bufferOption, handoverOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    pli::DownloadRequest request;
    request.url = QUrl(parser.positionalArguments().first());
    request.directory = parser.value(dirOption);
    request.sha256 = QByteArray::fromHex(parser.value(shaOption).toLatin1());
    pli::DownloadOptions options;
    options.connections = parser.value(connectionsOption).toInt();
    options.chunkSize = parser.value(chunkOption).toLongLong() * 1024 * 1024;
    options.readBufferBytes = parser.value(bufferOption).toLongLong() * 1024;
    const int handoverMs = parser.value(handoverOption).toInt();
    options.handoverAfterMs = handoverMs > 0 ? handoverMs : std::numeric_limits<int>::max() / 2;
    const QByteArray token = parser.value(tokenOption).toLatin1();

    QNetworkAccessManager network;
    pli::ChunkedDownload job(
        &network,
        [token](QNetworkRequest &r) {
            if (!token.isEmpty())
                r.setRawHeader("Authorization", "Bearer " + token);
        },
        request, options);
    job.setAutoDelete(false);
    QElapsedTimer clock;
    QObject::connect(&job, &pli::Job::finished, &app, [&] {
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        if (!job.isSuccess()) {
            std::fprintf(stderr, "failed: %s %s\n", qPrintable(job.error().codeName()),
                         qPrintable(job.error().detail()));
            app.exit(1);
            return;
        }
        const qint64 bytes = QFileInfo(job.targetPath()).size();
        std::printf("pli  bytes=%lld seconds=%.3f MB/s=%.1f peak_rss_mib=%.1f handovers=%d "
                    "file=%s\n",
                    static_cast<long long>(bytes), seconds, double(bytes) / 1e6 / seconds,
                    double(usage.ru_maxrss) / 1024.0, job.handovers(),
                    qPrintable(job.targetPath()));
        app.exit(0);
    });
    clock.start();
    job.start();
    return app.exec();
}
