#include "net/LoopbackName.h"

#include "net/NetLog.h"

#include <QHostAddress>
#include <QHostInfo>

namespace pli {

bool LoopbackName::needsLookup(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    return name.size() > 10 && name.endsWith(QStringLiteral(".localhost"));
}

bool LoopbackName::resolvesToLoopback(const QHostInfo &info)
{
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        return false;
    for (const QHostAddress &address : info.addresses()) {
        if (!address.isLoopback())
            return false;
    }
    return true;
}

void LoopbackName::check(const QString &host, QObject *context, std::function<void(bool)> done)
{
    QHostInfo::lookupHost(host, context, [host, done = std::move(done)](const QHostInfo &info) {
        const bool loopback = resolvesToLoopback(info);
        if (!loopback)
            qCWarning(lcNet) << host << "does not resolve to this computer only:"
                             << (info.error() == QHostInfo::NoError ? QStringLiteral("addresses")
                                                                    : info.errorString())
                             << info.addresses();
        done(loopback);
    });
}

} // namespace pli
