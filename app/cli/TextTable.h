#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace pli::cli {

// A plain-text table for listings: a header line and rows in columns as wide as their widest
// cell, separated by two spaces. The last column is never padded, so long titles do not leave
// trailing blanks.
class TextTable
{
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    void print(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace pli::cli
