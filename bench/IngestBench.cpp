// What one upload costs the server: uploads FILE to a fresh pli-server (started with the test
// fixture on loopback) RUNS times with pli::TusUpload — the engine of `pli-cli reply --attach`,
// 32 MiB checksummed PATCHes — and, when FILE.piece.* exist (split -b 32M), with curl (the same
// PATCHes without Upload-Checksum). Prints per run the wall time, the CPU time of the client
// (this process: user + system, all threads) and of the server process (from /proc/PID/stat),
// per GiB, with the load average when the run started: the machine may be shared. (curl's own
// CPU is not counted: it shows as 0.)
#include "TestServer.h"
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
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr double kGiB = 1073741824.0;

// User and system CPU seconds of a process.
std::pair<double, double> processCpu(int pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {-1, -1};
    // The fields after the command name (which may hold spaces): utime is the 14th field.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return {fields.value(11).toDouble() / ticks, fields.value(12).toDouble() / ticks};
}

double ownCpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0) : QByteArray("?");
}

struct Measure
{
    QElapsedTimer clock;
    double client = 0;
    std::pair<double, double> server;
    QByteArray load;
    int serverPid = 0;

    void start(int pid)
    {
        serverPid = pid;
        load = loadAverage();
        client = ownCpuSeconds();
        server = processCpu(pid);
        clock.start();
    }
    // `ownClient`: the client is this process (not a child such as curl).
    void print(const char *who, qint64 size, bool ownClient)
    {
        const double wall = double(clock.nsecsElapsed()) / 1e9;
        const double clientCpu = ownClient ? ownCpuSeconds() - client : 0.0;
        const auto [user, system] = processCpu(serverPid);
        const double serverCpu = user + system - server.first - server.second;
        const double gib = double(size) / kGiB;
        std::printf("%-5s wall=%.2fs client_cpu=%.2fs (%.2fs/GiB) server_cpu=%.2fs (%.2fs/GiB; "
                    "user %.2f, system %.2f) load=%s\n",
                    who, wall, clientCpu, clientCpu / gib, serverCpu, serverCpu / gib,
                    user - server.first, system - server.second, load.constData());
        std::fflush(stdout);
    }
};

QByteArray runCurl(const QStringList &args)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), args);
    curl.waitForFinished(-1);
    if (curl.exitCode() != 0)
        std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().constData());
    return curl.readAllStandardOutput();
}

// One TusUpload of `file`; returns its upload URL (empty on failure).
QUrl tusUpload(QNetworkAccessManager &network, const QString &endpoint, const QByteArray &token,
               const QString &file)
{
    pli::UploadRequest request;
    request.endpoint = QUrl(endpoint);
    request.filePath = file;
    pli::TusUpload job(
        &network,
        [token](QNetworkRequest &r) { r.setRawHeader("Authorization", "Bearer " + token); },
        request);
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &pli::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    if (!job.isSuccess()) {
        std::fprintf(stderr, "TusUpload failed: %s %s\n", qPrintable(job.error().codeName()),
                     qPrintable(job.error().detail()));
        return {};
    }
    return job.uploadUrl();
}

// The same upload with curl, one PATCH per prepared piece; returns its upload URL.
QUrl curlUpload(const QString &base, const QString &auth, const QString &file,
                const QStringList &pieces)
{
    const QByteArray created = runCurl(
        {QStringLiteral("-si"), QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"),
         auth, QStringLiteral("-H"), QStringLiteral("Tus-Resumable: 1.0.0"), QStringLiteral("-H"),
         QStringLiteral("Upload-Length: %1").arg(QFileInfo(file).size()), QStringLiteral("-H"),
         QStringLiteral("Upload-Metadata: filename ") +
             QString::fromLatin1(QFileInfo(file).fileName().toUtf8().toBase64()),
         base + QStringLiteral("/api/v1/uploads")});
    const auto match = QRegularExpression(QStringLiteral("(?i)location: *(\\S+)"))
                           .match(QString::fromLatin1(created));
    if (!match.hasMatch()) {
        std::fprintf(stderr, "curl could not create the upload:\n%s\n", created.constData());
        return {};
    }
    const QString url = base + match.captured(1);
    qint64 offset = 0;
    for (const QString &piece : pieces) {
        const QString path = QFileInfo(file).dir().filePath(piece);
        const QByteArray status = runCurl(
            {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
             QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("-X"),
             QStringLiteral("PATCH"), QStringLiteral("-H"), auth, QStringLiteral("-H"),
             QStringLiteral("Tus-Resumable: 1.0.0"), QStringLiteral("-H"),
             QStringLiteral("Content-Type: application/offset+octet-stream"), QStringLiteral("-H"),
             QStringLiteral("Upload-Offset: %1").arg(offset), QStringLiteral("-T"), path, url});
        if (status != "204") {
            std::fprintf(stderr, "curl PATCH answered %s\n", status.constData());
            return {};
        }
        offset += QFileInfo(path).size();
    }
    return QUrl(url);
}

// Frees the server's copy, so that runs do not fill the disk.
void remove(QNetworkAccessManager &network, const QUrl &url, const QByteArray &token)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Tus-Resumable", "1.0.0");
    QNetworkReply *reply = network.deleteResource(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: pli-bench-ingest FILE [RUNS]\n");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const qint64 size = QFileInfo(file).size();
    const int runs = argc == 3 ? QByteArray(argv[2]).toInt() : 3;
    pli::test::TestServer server;
    const QByteArray token = QByteArray::fromStdString(server.tokenFor(server.addUser("bench")));
    const QString base = QString::fromStdString(server.baseUrl());
    const QString auth = QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token);
    const QStringList pieces = QFileInfo(file).dir().entryList(
        {QFileInfo(file).fileName() + QStringLiteral(".piece.*")}, QDir::Files, QDir::Name);
    QNetworkAccessManager network;
    std::printf("file=%s bytes=%lld runs=%d server_pid=%d\n", argv[1], static_cast<long long>(size),
                runs, server.pid());
    for (int run = 0; run < runs; ++run) {
        Measure measure;
        measure.start(server.pid());
        const QUrl url = tusUpload(network, base + QStringLiteral("/api/v1/uploads"), token, file);
        if (url.isEmpty())
            return 1;
        measure.print("pli", size, true);
        remove(network, url, token);
        if (pieces.isEmpty())
            continue;
        measure.start(server.pid());
        const QUrl byCurl = curlUpload(base, auth, file, pieces);
        if (byCurl.isEmpty())
            return 1;
        measure.print("curl", size, false);
        remove(network, byCurl, token);
    }
    return 0;
}
