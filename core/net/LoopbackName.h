#pragma once

#include <QString>

#include <functional>

class QHostInfo;
class QObject;

namespace pli {

// Names under ".localhost" (RFC 6761) are meant for this computer, but only the resolver can
// say where one really leads: such a name counts as loopback only once it resolves to loopback
// addresses and nothing else, so a bearer token never crosses the network on its spelling alone.
// The lookup is asynchronous (the UI thread never waits on DNS); Qt caches its answer, which the
// connections that follow reuse.
class LoopbackName
{
public:
    // "x.localhost" (any depth, any case, trailing dot allowed); not "localhost" itself.
    static bool needsLookup(const QString &host);
    // True when the lookup succeeded with at least one address, every one of them loopback.
    static bool resolvesToLoopback(const QHostInfo &info);
    // Looks `host` up and calls `done(loopback)` once, on `context`'s thread, unless `context` is
    // destroyed first.
    static void check(const QString &host, QObject *context, std::function<void(bool)> done);
};

} // namespace pli
