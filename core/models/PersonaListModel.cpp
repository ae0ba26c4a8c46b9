#include "PersonaListModel.h"

#include "api/ListPersonasJob.h"
#include "net/ApiClient.h"

namespace pli {

PersonaListModel::PersonaListModel(ApiClient *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{
    // loaded() comes from setPersonas(), which the answer goes through.
    connect(&m_load, &ModelLoad::loadingChanged, this, &PersonaListModel::loadingChanged);
    connect(&m_load, &ModelLoad::failed, this, &PersonaListModel::failed);
}

void PersonaListModel::refresh()
{
    if (!m_api || isLoading())
        return;
    m_liveCounts.clear();
    m_load.start(m_api->listPersonas(), [this](ListPersonasJob *job) {
        QList<Persona> personas = job->personas();
        for (Persona &persona : personas)
            persona.unreadCount = m_liveCounts.value(persona.id, persona.unreadCount);
        m_liveCounts.clear();
        setPersonas(personas);
    });
}

void PersonaListModel::setPersonas(const QList<Persona> &personas)
{
    // Same personas in the same order (the usual refresh): update in place so that views keep
    // their selection and focus.
    bool sameRows = personas.size() == m_personas.size();
    for (qsizetype i = 0; sameRows && i < personas.size(); ++i)
        sameRows = personas.at(i).id == m_personas.at(i).id;
    if (sameRows) {
        m_personas = personas;
        if (!m_personas.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_personas.size()) - 1));
    } else {
        beginResetModel();
        m_personas = personas;
        endResetModel();
    }
    m_loaded = true;
    Q_EMIT loaded();
}

void PersonaListModel::setUnreadCount(const QString &personaId, int unreadCount)
{
    unreadCount = qMax(0, unreadCount);
    if (isLoading())
        m_liveCounts.insert(personaId, unreadCount);
    const int row = rowOf(personaId);
    if (row < 0 || m_personas[row].unreadCount == unreadCount)
        return;
    m_personas[row].unreadCount = unreadCount;
    Q_EMIT dataChanged(index(row), index(row), {UnreadCountRole, PersonaRole});
}

int PersonaListModel::rowOf(const QString &personaId) const
{
    for (qsizetype i = 0; i < m_personas.size(); ++i)
        if (m_personas.at(i).id == personaId)
            return int(i);
    return -1;
}

int PersonaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_personas.size());
}

QVariant PersonaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Persona &persona = m_personas.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case EmailRole:
        return persona.email;
    case IdRole:
        return persona.id;
    case DisplayNameRole:
        return persona.displayName;
    case UnreadCountRole:
        return persona.unreadCount;
    case ConversationCountRole:
        return persona.conversationCount;
    case PersonaRole:
        return QVariant::fromValue(persona);
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonaListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(EmailRole, "email");
    names.insert(DisplayNameRole, "displayName");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(ConversationCountRole, "conversationCount");
    return names;
}

} // namespace pli
