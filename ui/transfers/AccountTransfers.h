#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

namespace pli {
class ApiClient;
class TransferListModel;
} // namespace pli

namespace pli::ui {

// One transfer list per signed-in account, made when first needed: its downloads and uploads
// carry that account's bearer token, and its list file (transfers-<account>.json in the
// application data folder) brings unfinished transfers back after a restart.
class AccountTransfers : public QObject
{
    Q_OBJECT
public:
    explicit AccountTransfers(QObject *parent = nullptr);

    // `storageDirectory` empty: the application data folder.
    void setStorageDirectory(const QString &directory) { m_directory = directory; }
    TransferListModel *forAccount(const QString &accountKey, ApiClient *api);
    // Forgets the list of a signed-out account (its file stays for the next sign-in).
    void remove(const QString &accountKey);
    QList<TransferListModel *> models() const;
    // The account a list belongs to; empty when it is none of ours.
    QString accountKeyOf(const TransferListModel *model) const;

Q_SIGNALS:
    void modelAdded(pli::TransferListModel *model);
    void modelRemoved(pli::TransferListModel *model);

private:
    QString m_directory;
    QHash<QString, QPointer<TransferListModel>> m_models;
};

} // namespace pli::ui
