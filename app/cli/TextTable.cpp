#include "TextTable.h"

#include <QTextStream>

namespace pli::cli {

namespace {

// Control characters from the server (a hostile title) must not move the cursor or clear the
// screen: show them as spaces.
QString printable(QString cell)
{
    for (QChar &c : cell) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    return cell;
}

} // namespace

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    for (QString &cell : cells)
        cell = printable(cell);
    m_rows.append(cells);
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &header : m_headers)
        widths.append(header.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    const auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += i + 1 < widths.size() ? cells.at(i).leftJustified(widths[i]) : cells.at(i);
        }
        out << line << u'\n';
    };
    printRow(m_headers);
    for (const QStringList &row : m_rows)
        printRow(row);
    out.flush();
}

} // namespace pli::cli
