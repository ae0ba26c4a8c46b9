#include "transfers/SessionRefresher.h"

#include "net/ApiClient.h"

#include <QList>

#include <memory>

namespace pli {

SessionRefresher refreshThrough(ApiClient *api)
{
    return [api](std::function<void(bool)> done) {
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
        pending->connections.append(
            QObject::connect(api, &ApiClient::sessionRefreshed, api, [answer] { answer(true); }));
        pending->connections.append(QObject::connect(api, &ApiClient::sessionRefreshFailed, api,
                                                     [answer](const Error &) { answer(false); }));
        api->refreshSession();
    };
}

} // namespace pli
