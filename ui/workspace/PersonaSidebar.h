#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QStandardItemModel;
class QStandardItem;
class QTreeView;

namespace pli {
class PersonaListModel;
struct Persona;
} // namespace pli

namespace pli::ui {

// The left column of the workspace, as the portal's tabs: for each signed-in account its
// personas (e-mail address, display name, unread badge) and its address book, then Help.
// Keyboard: arrows move, Enter or a click chooses; the choice follows the current item.
class PersonaSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit PersonaSidebar(QWidget *parent = nullptr);

    void addAccount(const QString &accountKey, const QString &title, PersonaListModel *personas);
    // Removes the account's rows (caption, personas, address book) without choosing anything.
    void removeAccount(const QString &accountKey);
    // Makes a persona current (emits personaChosen); false when it is not listed.
    bool selectPersona(const QString &accountKey, const QString &personaId);
    // The first persona of the first account, when nothing is chosen yet.
    void selectFirstPersona();
    void selectHelp();

    // The row of a persona in the view's model, null when not listed.
    QStandardItem *personaItem(const QString &accountKey, const QString &personaId) const;

Q_SIGNALS:
    void personaChosen(const QString &accountKey, const QString &personaId, const QString &email);
    void addressBookChosen(const QString &accountKey);
    void helpChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct AccountEntry
    {
        QString key;
        QString title;
        QPointer<PersonaListModel> personas;
        QStandardItem *item = nullptr;
    };
    void rebuildAccount(AccountEntry &entry);
    // Same personas in the same rows: refresh their texts and badges; false when it cannot.
    bool updateInPlace(AccountEntry &entry);
    void describePersona(QStandardItem *item, const pli::Persona &persona) const;
    void retranslate();
    void emitChoice(const QModelIndex &index);
    QStandardItem *findItem(int kind, const QString &accountKey, const QString &personaId) const;

    QTreeView *m_view;
    QStandardItemModel *m_model;
    QStandardItem *m_help;
    QList<AccountEntry> m_accounts;
    bool m_rebuilding = false;
};

} // namespace pli::ui
