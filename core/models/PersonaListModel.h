#pragma once

#include "Error.h"
#include "api/Types.h"

#include <QAbstractListModel>
#include <QPointer>

namespace pli {

class ApiClient;
class ListPersonasJob;

// The personas (e-mail addresses) of one signed-in profile with their unread counts: one tab
// each in the workspace. refresh() asks the server again (after opening or deleting
// conversations); setUnreadCount() applies a live `persona.unread` event.
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
    ~PersonaListModel() override;

    void refresh();
    // Applies a known list (e.g. from GET /me) without a request.
    void setPersonas(const QList<Persona> &personas);
    void setUnreadCount(const QString &personaId, int unreadCount);

    QList<Persona> personas() const { return m_personas; }
    int rowOf(const QString &personaId) const;
    bool isLoading() const;
    bool hasLoaded() const { return m_loaded; }
    Error lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const pli::Error &error);

private:
    void onFinished(ListPersonasJob *job);

    QPointer<ApiClient> m_api;
    QList<Persona> m_personas;
    QPointer<ListPersonasJob> m_job;
    Error m_error;
    bool m_loaded = false;
};

} // namespace pli
