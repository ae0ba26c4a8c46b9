#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pli {

// The server's password rules (min/max length and required character classes), checked on the
// client before a password change is sent, so that a form can show a live checklist of what is
// still missing. The server stays the judge: a rule word it sends that the client does not know
// is shown but never claimed as met or unmet locally.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(pli::PasswordPolicy)
public:
    PasswordPolicy() = default;
    PasswordPolicy(int minLength, int maxLength, QStringList required);

    // The policy inside a problem body (its "policy" member) or an empty policy.
    static PasswordPolicy fromProblem(const QJsonObject &problem);
    // The policy as the server writes it ({"min_length", "max_length", "require"}).
    QJsonObject toJson() const;

    int minLength() const { return m_minLength; }
    int maxLength() const { return m_maxLength; } // 0: no maximum
    QStringList required() const { return m_required; }
    bool isEmpty() const { return m_minLength == 0 && m_maxLength == 0 && m_required.isEmpty(); }

    // Every rule word in display order: "min_length", "max_length", then the required classes.
    // ("not_username" and "not_current" are only ever reported as unmet.)
    QStringList rules() const;
    // The rule words `password` does not meet (empty: acceptable as far as the client knows).
    // With a username, also "not_username" when the password contains it.
    QStringList unmetRules(const QString &password, const QString &username = {}) const;
    bool isSatisfiedBy(const QString &password, const QString &username = {}) const
    {
        return unmetRules(password, username).isEmpty();
    }

    // The error for a new password refused because of `unmet` (rule words, see unmetRules()):
    // PasswordPolicy, with the rules and this policy, as the server would answer it.
    Error refusal(const QStringList &unmet) const;

    // A translated phrase for one rule word, e.g. "at least 14 characters".
    QString ruleText(const QString &rule) const;

    friend bool operator==(const PasswordPolicy &, const PasswordPolicy &) = default;

private:
    int m_minLength = 0;
    int m_maxLength = 0;
    QStringList m_required;
};

} // namespace pli
