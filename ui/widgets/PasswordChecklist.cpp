#include "PasswordChecklist.h"

#include "PaletteColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pli::ui {

namespace {
const QString matchRule = QStringLiteral("match");
}

PasswordChecklist::PasswordChecklist(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    rebuild();
}

void PasswordChecklist::setPolicy(const PasswordPolicy &policy)
{
    m_policy = policy;
    m_serverUnmet.clear();
    rebuild();
}

void PasswordChecklist::setServerUnmet(const QStringList &rules)
{
    m_serverUnmet = rules;
    check(m_password, m_confirmation);
}

void PasswordChecklist::rebuild()
{
    for (Line &line : m_lines) {
        delete line.mark->parentWidget();
    }
    m_lines.clear();
    QStringList rules = m_policy.rules();
    rules.append(matchRule);
    for (const QString &rule : rules) {
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *mark = new QLabel(row);
        mark->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("MM")));
        mark->setAlignment(Qt::AlignCenter);
        auto *text = new QLabel(row);
        text->setWordWrap(true);
        rowLayout->addWidget(mark);
        rowLayout->addWidget(text, 1);
        m_layout->addWidget(row);
        m_lines.append({rule, mark, text, false});
    }
    check(m_password, m_confirmation);
}

void PasswordChecklist::check(const QString &password, const QString &confirmation)
{
    m_password = password;
    m_confirmation = confirmation;
    const QStringList unmet = m_policy.unmetRules(password);
    m_allMet = true;
    for (Line &line : m_lines) {
        bool met;
        if (line.rule == matchRule) {
            met = !password.isEmpty() && password == confirmation;
            line.text->setText(tr("Both entries match"));
        } else {
            met = !password.isEmpty() && !unmet.contains(line.rule) &&
                  !m_serverUnmet.contains(line.rule);
            line.text->setText(m_policy.ruleText(line.rule));
        }
        setMet(line, met);
        m_allMet = m_allMet && met;
    }
}

void PasswordChecklist::setMet(Line &line, bool met)
{
    line.met = met;
    // A tick and a colour, and words for screen readers: never colour alone.
    line.mark->setText(met ? QStringLiteral("✔") : QStringLiteral("✘"));
    const QString success = PaletteColors::textStyleSheet(PaletteColors::Tone::Success, palette());
    line.mark->setStyleSheet(met ? success + QStringLiteral(" font-weight: bold;")
                                 : PaletteColors::mutedStyleSheet(palette()));
    line.text->setStyleSheet(met ? success : QString());
    //: Screen-reader text of a password rule: "at least 14 characters: met"
    line.text->setAccessibleName(met ? tr("%1: met").arg(line.text->text())
                                     : tr("%1: not met yet").arg(line.text->text()));
}

QStringList PasswordChecklist::metRules() const
{
    QStringList out;
    for (const Line &line : m_lines)
        if (line.met)
            out.append(line.rule);
    return out;
}

void PasswordChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        check(m_password, m_confirmation);
    QWidget::changeEvent(event);
}

} // namespace pli::ui
