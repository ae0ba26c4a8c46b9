// The test FaultProxy as a program, in front of any HTTP server on loopback: a long, thin link
// (--rtt-ms, --rate-kib per connection and direction) and, with --stall-at, one response that
// stops half way with its connection left open. Prints "port=N" once listening, then runs until
// killed. bench/bad-link.sh puts curl, aria2c and pli-bench-download behind it.
#include "FaultProxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A slow, faulty link on loopback"));
    parser.addHelpOption();
    const QCommandLineOption upstream(QStringLiteral("upstream"),
                                      QStringLiteral("Port of the server on 127.0.0.1"),
                                      QStringLiteral("port"));
    const QCommandLineOption rtt(QStringLiteral("rtt-ms"), QStringLiteral("Round trip (ms)"),
                                 QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption rate(QStringLiteral("rate-kib"),
                                  QStringLiteral("KiB/s per connection and direction (0: any)"),
                                  QStringLiteral("kib"), QStringLiteral("8192"));
    const QCommandLineOption stall(QStringLiteral("stall-at"),
                                   QStringLiteral("Stall the first GET response at this fraction"),
                                   QStringLiteral("fraction"));
    parser.addOptions({upstream, rtt, rate, stall});
    parser.process(app);
    if (!parser.isSet(upstream))
        parser.showHelp(2);

    pli::test::FaultProxy proxy(quint16(parser.value(upstream).toUInt()));
    proxy.setLink(parser.value(rtt).toInt(), parser.value(rate).toLongLong() * 1024);
    if (parser.isSet(stall))
        proxy.addFault({pli::test::FaultProxy::Kind::Stall, parser.value(stall).toDouble()});
    std::printf("port=%d\n", int(proxy.port()));
    std::fflush(stdout);
    return app.exec();
}
