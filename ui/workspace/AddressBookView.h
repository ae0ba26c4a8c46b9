#pragma once

#include <QWidget>

class QLabel;
class QStackedLayout;
class QTableView;

namespace pli {
class ApiClient;
class ContactListModel;
} // namespace pli

namespace pli::ui {

class StatePane;

// One account's address book: the people it corresponds with, by name and e-mail address.
class AddressBookView : public QWidget
{
    Q_OBJECT
public:
    explicit AddressBookView(QWidget *parent = nullptr);

    void showAccount(ApiClient *api, const QString &accountKey, const QString &accountTitle);
    QString accountKey() const { return m_accountKey; }
    void reload();

    ContactListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    StatePane *statePane() const { return m_state; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void retranslate();

    QLabel *m_heading;
    QStackedLayout *m_stack;
    QTableView *m_table;
    StatePane *m_state;
    ContactListModel *m_model = nullptr;
    ApiClient *m_api = nullptr;
    QString m_accountKey;
    QString m_accountTitle;
};

} // namespace pli::ui
