#include "ContactForm.h"

#include "widgets/Icons.h"
#include "widgets/PaletteColors.h"

#include <QAccessible>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace pli::ui {

ContactForm::ContactForm(QWidget *parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_emailLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_error(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("contactName"));
    m_email->setObjectName(QStringLiteral("contactEmail"));
    m_add->setObjectName(QStringLiteral("addContact"));
    m_nameLabel->setBuddy(m_name);
    m_emailLabel->setBuddy(m_email);
    m_name->setMaxLength(MaxNameLength + 50); // over the limit still shows the clear reason
    m_email->setMaxLength(320);
    m_add->setIcon(Icons::icon(QStringLiteral("person")));
    m_error->setObjectName(QStringLiteral("contactError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(PaletteColors::noticeStyleSheet(PaletteColors::Tone::Error, palette(),
                                                           QStringLiteral("6px")));
    m_error->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 4, 10, 6);
    layout->setHorizontalSpacing(8);
    layout->addWidget(m_nameLabel, 0, 0);
    layout->addWidget(m_name, 0, 1);
    layout->addWidget(m_emailLabel, 0, 2);
    layout->addWidget(m_email, 0, 3);
    layout->addWidget(m_add, 0, 4);
    layout->addWidget(m_error, 1, 0, 1, 5);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(3, 3);

    connect(m_add, &QPushButton::clicked, this, &ContactForm::submit);
    connect(m_name, &QLineEdit::returnPressed, this, &ContactForm::submit);
    connect(m_email, &QLineEdit::returnPressed, this, &ContactForm::submit);
    retranslate();
}

QString ContactForm::problemWith(const QString &name, const QString &email, Field *field)
{
    // The server's rule, simplified: one "@", something before it, a dotted domain after it,
    // no spaces. Anything subtler is for the server to refuse.
    static const QRegularExpression address(QStringLiteral(R"(^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$)"));
    Field which = Field::None;
    QString problem;
    if (email.isEmpty()) {
        which = Field::Email;
        problem = tr("Enter the contact's e-mail address.");
    } else if (email.size() > 254 || !address.match(email).hasMatch()) {
        which = Field::Email;
        //: %1 is what was typed; the example is the one of the participant guide
        problem = tr("“%1” is not an e-mail address. An address looks like "
                     "marie.unetelle@innovactione.com.")
                      .arg(email);
    } else if (name.size() > MaxNameLength) {
        which = Field::Name;
        problem = tr("The name is too long: %n characters at most.", nullptr, MaxNameLength);
    }
    if (field)
        *field = which;
    return problem;
}

QString ContactForm::name() const
{
    return m_name->text().trimmed();
}

QString ContactForm::email() const
{
    return m_email->text().trimmed();
}

void ContactForm::submit()
{
    if (!m_add->isEnabled())
        return;
    Field field = Field::None;
    const QString problem = problemWith(name(), email(), &field);
    if (!problem.isEmpty()) {
        showError(problem, field);
        return;
    }
    clearError();
    Q_EMIT submitted(name(), email());
}

void ContactForm::setBusy(bool busy)
{
    m_name->setReadOnly(busy);
    m_email->setReadOnly(busy);
    m_add->setEnabled(!busy);
}

void ContactForm::showError(const QString &message, Field field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (message.isEmpty())
        return;
    QLineEdit *edit = field == Field::Name ? m_name : field == Field::Email ? m_email : nullptr;
    if (edit) {
        edit->setFocus();
        edit->selectAll();
    }
    QAccessibleEvent event(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void ContactForm::clearError()
{
    m_error->clear();
    m_error->hide();
}

QString ContactForm::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ContactForm::clear()
{
    m_name->clear();
    m_email->clear();
    clearError();
}

void ContactForm::retranslate()
{
    //: Label of the contact's name in the address book's add form
    m_nameLabel->setText(tr("&Name"));
    m_name->setPlaceholderText(tr("Marie Unetelle"));
    m_emailLabel->setText(tr("&E-mail address"));
    m_email->setPlaceholderText(tr("marie.unetelle@innovactione.com"));
    m_add->setText(tr("&Add contact"));
    m_add->setToolTip(tr("Add this person to your address book (Enter)"));
    m_name->setAccessibleDescription(tr("The name of the person to add"));
    m_email->setAccessibleDescription(tr("The e-mail address of the person to add"));
    m_add->setAccessibleDescription(m_add->toolTip());
}

void ContactForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pli::ui
