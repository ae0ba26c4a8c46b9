#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace pli {
class ApiClient;
class ContactListModel;
} // namespace pli

namespace pli::ui {

class ContactForm;
class StatePane;

// One account's address book: the people it corresponds with, by name and e-mail address.
// Adds a contact from the form above the list (the typed text stays until the server took
// it), deletes the selected ones after a confirmation naming them (button or Delete key).
class AddressBookView : public QWidget
{
    Q_OBJECT
public:
    explicit AddressBookView(QWidget *parent = nullptr);

    void showAccount(ApiClient *api, const QString &accountKey, const QString &accountTitle);
    QString accountKey() const { return m_accountKey; }
    void reload();
    // Asks to confirm, then deletes the selected contacts.
    void deleteSelection();
    QStringList selectedIds() const;

Q_SIGNALS:
    // A contact was added or deleted (`message` says which, for the status bar).
    void contactsChanged(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addContact(const QString &name, const QString &email);
    void deleteContacts(const QStringList &ids);
    void selectContact(const QString &contactId);
    void updateState();
    void updateActions();
    void retranslate();

    QLabel *m_heading;
    ContactForm *m_form;
    QPushButton *m_delete;
    QStackedLayout *m_stack;
    QTableView *m_table;
    StatePane *m_state;
    ContactListModel *m_model = nullptr;
    ApiClient *m_api = nullptr;
    QString m_accountKey;
    QString m_accountTitle;
    QString m_selectAfterLoad;
    int m_deletesRunning = 0;
};

} // namespace pli::ui
