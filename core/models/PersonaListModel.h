#pragma once

#include "Error.h"
#include "api/Types.h"
#include "models/ModelLoad.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

namespace pli {

class ApiClient;

// The personas (e-mail addresses) of one signed-in profile with their unread counts: one tab
// each in the workspace. refresh() asks the server again (after opening or deleting
// conversations); setUnreadCount() applies a live `persona.unread` event at once, and wins over
// the answer of a refresh that was already on its way (that answer may predate the event).
class PersonaListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        EmailRole,
        DisplayNameRole,
        UnreadCountRole,
        ConversationCountRole,
        PersonaRole, // the whole pli::Persona
    };
    Q_ENUM(Role)

    explicit PersonaListModel(ApiClient *api, QObject *parent = nullptr);

    void refresh();
    // Applies a known list (e.g. from GET /me) without a request.
    void setPersonas(const QList<Persona> &personas);
    // Changes one persona's badge in place (dataChanged on its row); unknown ids are ignored.
    void setUnreadCount(const QString &personaId, int unreadCount);

    QList<Persona> personas() const { return m_personas; }
    int rowOf(const QString &personaId) const;
    bool isLoading() const { return m_load.isLoading(); }
    bool hasLoaded() const { return m_loaded; }
    Error lastError() const { return m_load.lastError(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const pli::Error &error);

private:
    QPointer<ApiClient> m_api;
    QList<Persona> m_personas;
    ModelLoad m_load;
    QHash<QString, int> m_liveCounts; // set while m_load runs: newer than its answer
    bool m_loaded = false;            // from a request or setPersonas()
};

} // namespace pli
