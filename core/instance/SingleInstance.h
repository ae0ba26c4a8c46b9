#pragma once

#include "Error.h"

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace pli {

// One Pli per user session. The first process listens on a local socket whose name is made of
// the user and of the settings file (so a test's private HOME gets its own); a later process
// hands its arguments over (one JSON line {"args": [...]}, answered {"ok": true}) and exits. A
// socket left behind by a crashed first process is removed and the new process takes its place.
// Desktop code connects argumentsReceived() (links, --server) and activationRequested() (bring
// the window forward).
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role
    {
        First,      // this process listens: it is the running instance from now on
        HandedOver, // the running instance took the arguments: exit now
        Failed,     // neither (lastError() says why)
    };

    // `name`: the socket's name (defaultName() for the desktop; tests give their own).
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The name for this user and this application's settings file (QSettings().fileName()).
    static QString defaultName();
    static QString nameFor(const QString &settingsPath);

    // Becomes the first instance, or hands `arguments` (without the program name) to the
    // running one and waits up to `timeoutMs` for its answer. Blocks: call it at start, before
    // any window exists (the wait is for a process on the same computer).
    Role claim(const QStringList &arguments, int timeoutMs = 5000);
    bool isListening() const;
    Error lastError() const { return m_error; }
    QString name() const { return m_name; }

Q_SIGNALS:
    // The arguments of a later process (without its program name), once per process, in the
    // order they arrive; activationRequested() follows each.
    void argumentsReceived(const QStringList &arguments);
    // A later process was started: show, raise and activate the window.
    void activationRequested();

private:
    Role handOver(QLocalSocket &socket, const QStringList &arguments, int timeoutMs);
    bool listen();
    void onNewConnection();
    void readRequest(QLocalSocket *socket);
    QString lockPath() const;

    QString m_name;
    QLocalServer *m_server = nullptr;
    Error m_error;
};

} // namespace pli
