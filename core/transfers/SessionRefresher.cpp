#include "transfers/SessionRefresher.h"

#include "net/ApiClient.h"

#include <QList>
#include <QPointer>

#include <memory>

namespace pli {

SessionRefresher refreshThrough(ApiClient *api)
{
    // A weak pointer: a transfer may outlive its account's client (signed out meanwhile); it then
    // fails as unauthorized instead of touching a deleted object.
    return [client = QPointer<ApiClient>(api)](std::function<void(bool)> done) {
        ApiClient *const target = client.data();
        if (!target) {
            done(false);
            return;
        }
        // Both connections go away with the first answer, so `done` runs once.
        struct Pending
        {
            std::function<void(bool)> done;
            QList<QMetaObject::Connection> connections;
        };
        auto pending = std::make_shared<Pending>();
        pending->done = std::move(done);
        const auto answer = [pending](bool refreshed) {
            for (const QMetaObject::Connection &connection : std::as_const(pending->connections))
                QObject::disconnect(connection);
            if (auto callback = std::exchange(pending->done, nullptr))
                callback(refreshed);
        };
        pending->connections.append(QObject::connect(target, &ApiClient::sessionRefreshed, target,
                                                     [answer] { answer(true); }));
        pending->connections.append(QObject::connect(target, &ApiClient::sessionRefreshFailed,
                                                     target,
                                                     [answer](const Error &) { answer(false); }));
        target->refreshSession();
    };
}

} // namespace pli
