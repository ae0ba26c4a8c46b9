#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pli::ui {

// The address book's "add a contact" line: a name, an e-mail address and Add, with the reason
// shown right below when what was typed cannot be added. It checks what it can locally (an
// address is needed and must look like one, a name has at most 200 characters) and reports
// the rest (the server's refusals) through showError(); what was typed is kept until added.
class ContactForm : public QWidget
{
    Q_OBJECT
public:
    enum class Field
    {
        None,
        Name,
        Email
    };
    Q_ENUM(Field)

    static constexpr int MaxNameLength = 200;

    explicit ContactForm(QWidget *parent = nullptr);

    // The reason `name`/`email` (already trimmed) cannot be added, empty when they can;
    // `field` receives the field to correct.
    static QString problemWith(const QString &name, const QString &email, Field *field = nullptr);

    QString name() const;
    QString email() const;
    // While a request runs: fields and button disabled, the text kept.
    void setBusy(bool busy);
    void showError(const QString &message, Field field);
    void clearError();
    QString errorText() const;
    // After a successful add, or for another account: empties the fields and the error.
    void clear();

    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    // Add (or Enter) with values that passed the local checks, trimmed.
    void submitted(const QString &name, const QString &email);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslate();

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QPushButton *m_add;
    QLabel *m_error;
};

} // namespace pli::ui
