#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcInstance, "pli.instance")

namespace pli {

namespace {

// A request is a few links: anything longer is not from Pli.
constexpr qint64 kMaxRequest = 64 * 1024;
constexpr int kMaxArguments = 64;
// How long the running instance waits for a connected process to say what it wants.
constexpr int kRequestTimeoutMs = 5000;
// Unix socket paths are limited to about 104 bytes (sun_path).
constexpr qsizetype kMaxSocketPath = 100;

QString userPart()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    QString user = qEnvironmentVariable("USERNAME");
    user.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return user.left(32);
#endif
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::nameFor(const QString &settingsPath)
{
    const QByteArray settings = QFileInfo(settingsPath).absoluteFilePath().toUtf8();
    const QString base =
        QStringLiteral("pli-%1-%2")
            .arg(userPart(),
                 QString::fromLatin1(QCryptographicHash::hash(settings, QCryptographicHash::Sha256)
                                         .toHex()
                                         .left(16)));
#ifdef Q_OS_UNIX
    // In the user's own runtime folder when there is one (not the shared /tmp).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() &&
        runtime.size() + base.size() + 1 <= kMaxSocketPath)
        return QDir(runtime).filePath(base);
#endif
    return base;
}

QString SingleInstance::defaultName()
{
    return nameFor(QSettings().fileName());
}

QString SingleInstance::lockPath() const
{
    return (QFileInfo(m_name).isAbsolute() ? m_name : QDir::temp().filePath(m_name)) +
           QStringLiteral(".lock");
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Role SingleInstance::claim(const QStringList &arguments, int timeoutMs)
{
    m_error = Error();
    // Two processes started at once must not both find nobody and both listen: the one that
    // holds the lock decides, the other then finds it listening.
    QLockFile lock(lockPath());
    if (!lock.tryLock(timeoutMs)) {
        m_error = Error(Error::Code::Timeout, QStringLiteral("another Pli is starting"));
        return Role::Failed;
    }
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(qMin(timeoutMs, 2000)))
        return handOver(socket, arguments, timeoutMs);
    // Nobody answers: no instance, or the socket of one that crashed.
    QLocalServer::removeServer(m_name);
    return listen() ? Role::First : Role::Failed;
}

SingleInstance::Role SingleInstance::handOver(QLocalSocket &socket, const QStringList &arguments,
                                              int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    socket.write(
        line(QJsonObject{{QStringLiteral("args"), QJsonArray::fromStringList(arguments)}}));
    socket.flush();
    while (!socket.canReadLine() && socket.state() == QLocalSocket::ConnectedState &&
           !deadline.hasExpired())
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    if (socket.canReadLine()) {
        const QJsonObject answer = QJsonDocument::fromJson(socket.readLine()).object();
        if (answer.value(QStringLiteral("ok")).toBool()) {
            qCInfo(lcInstance) << "arguments handed over to the running Pli";
            return Role::HandedOver;
        }
    }
    m_error = Error(Error::Code::Timeout, QStringLiteral("the running Pli did not answer"));
    return Role::Failed;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        m_error = Error(Error::Code::FileError, m_server->errorString());
        qCWarning(lcInstance).noquote()
            << "cannot listen on" << m_name << ":" << m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequest)
            socket->abort();
        return;
    }
    const QJsonDocument request = QJsonDocument::fromJson(socket->readLine(kMaxRequest));
    const QJsonValue args = request.object().value(QStringLiteral("args"));
    QStringList arguments;
    bool valid = args.isArray() && args.toArray().size() <= kMaxArguments;
    const QJsonArray list = args.toArray();
    for (const QJsonValue &argument : list) {
        valid = valid && argument.isString();
        arguments.append(argument.toString());
    }
    socket->write(line(QJsonObject{{QStringLiteral("ok"), valid}}));
    socket->flush();
    socket->disconnectFromServer();
    if (!valid) {
        qCWarning(lcInstance) << "ignored a malformed request on the instance socket";
        return;
    }
    Q_EMIT argumentsReceived(arguments);
    Q_EMIT activationRequested();
}

} // namespace pli
