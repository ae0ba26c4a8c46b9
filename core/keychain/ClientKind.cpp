#include "ClientKind.h"

namespace pli {

QList<ClientKind> allClientKinds()
{
    return {ClientKind::Desktop, ClientKind::Cli};
}

QString clientKindId(ClientKind client)
{
    switch (client) {
    case ClientKind::Desktop:
        return QStringLiteral("desktop");
    case ClientKind::Cli:
        return QStringLiteral("cli");
    }
    return {};
}

QString clientApplicationName(ClientKind client)
{
    switch (client) {
    case ClientKind::Desktop:
        return QStringLiteral("Pli");
    case ClientKind::Cli:
        return QStringLiteral("pli-cli");
    }
    return {};
}

} // namespace pli
