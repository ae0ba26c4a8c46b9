#include "DemoData.h"

#include <QProcess>

#include <stdexcept>

namespace pli::test {

DemoData::DemoData()
{
    QProcess seeding;
    seeding.start(QStringLiteral(PLI_SERVER_BINARY),
                  {QStringLiteral("--demo"), QStringLiteral("--data"),
                   QString::fromStdString(m_dir.path().string()), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0")});
    QByteArray out;
    while (!out.contains("listening on") && seeding.waitForReadyRead(60000))
        out += seeding.readAllStandardOutput();
    seeding.terminate(); // SIGTERM: a clean stop
    seeding.waitForFinished(30000);
    if (!out.contains("listening on"))
        throw std::runtime_error("pli-server --demo did not start: " + out.toStdString());
    m_server = std::make_unique<TestServer>(m_dir.path(), std::vector<std::string>{});
}

} // namespace pli::test
