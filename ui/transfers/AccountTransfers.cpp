#include "AccountTransfers.h"

#include "models/TransferListModel.h"
#include "net/ApiClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace pli::ui {

AccountTransfers::AccountTransfers(QObject *parent)
    : QObject(parent)
{}

TransferListModel *AccountTransfers::forAccount(const QString &accountKey, ApiClient *api)
{
    if (TransferListModel *existing = m_models.value(accountKey))
        return existing;
    if (!api)
        return nullptr;
    QString directory = m_directory.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : m_directory;
    QDir().mkpath(directory);
    // The account key names a server and a user: hashed, it makes a safe, stable file name.
    const QString file =
        QStringLiteral("transfers-%1.json")
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(16)));
    QPointer<ApiClient> client(api);
    auto *model = new TransferListModel(
        api->network(),
        [client](QNetworkRequest &request) {
            if (client)
                client->authorize(request);
        },
        QDir(directory).filePath(file), this);
    model->renewSessionThrough(api);
    m_models.insert(accountKey, model);
    Q_EMIT modelAdded(model);
    return model;
}

void AccountTransfers::remove(const QString &accountKey)
{
    if (TransferListModel *model = m_models.take(accountKey)) {
        Q_EMIT modelRemoved(model);
        model->deleteLater();
    }
}

QList<TransferListModel *> AccountTransfers::models() const
{
    QList<TransferListModel *> out;
    for (const auto &model : m_models)
        if (model)
            out.append(model);
    return out;
}

QString AccountTransfers::accountKeyOf(const TransferListModel *model) const
{
    for (auto it = m_models.cbegin(); it != m_models.cend(); ++it)
        if (it.value() == model)
            return it.key();
    return {};
}

} // namespace pli::ui
