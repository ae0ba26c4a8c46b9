#pragma once

#include "auth/PasswordPolicy.h"

#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace pli::ui {

// The server's password policy as a live checklist: one line per rule, ticked as soon as the
// password being typed meets it, plus a line for the confirmation matching.
class PasswordChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordChecklist(QWidget *parent = nullptr);

    void setPolicy(const PasswordPolicy &policy);
    // Re-evaluates every line for the current input.
    void check(const QString &password, const QString &confirmation);
    // Rules the server reported unmet that the client could not judge itself stay crossed.
    void setServerUnmet(const QStringList &rules);

    bool allMet() const { return m_allMet; }
    // The rule words of the lines currently shown as met (tests read them).
    QStringList metRules() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        QString rule; // a PasswordPolicy rule word, or "match"
        QLabel *mark;
        QLabel *text;
        bool met = false;
    };
    void rebuild();
    void setMet(Line &line, bool met);

    QVBoxLayout *m_layout;
    PasswordPolicy m_policy;
    QList<Line> m_lines;
    QStringList m_serverUnmet;
    QString m_password;
    QString m_confirmation;
    bool m_allMet = false;
};

} // namespace pli::ui
