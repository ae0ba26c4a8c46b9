#include "CodeEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QRegularExpressionValidator>

namespace pli::ui {

CodeEdit::CodeEdit(QWidget *parent)
    : QLineEdit(parent)
{
    QFont figures = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    figures.setPointSizeF(font().pointSizeF() * 1.6);
    figures.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    setFont(figures);
    setMaxLength(6);
    setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), this));
    setInputMethodHints(Qt::ImhDigitsOnly);
    setPlaceholderText(QStringLiteral("000000"));
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
}

QString CodeEdit::code() const
{
    return text();
}

void CodeEdit::insertFromPaste()
{
    QString digits;
    for (const QChar c : QApplication::clipboard()->text())
        if (c.isDigit())
            digits.append(c);
    insert(digits.left(6 - text().size()));
}

void CodeEdit::keyPressEvent(QKeyEvent *event)
{
    // "123 456" or "123-456" copied from an e-mail would be refused whole by the validator.
    if (event->matches(QKeySequence::Paste)) {
        insertFromPaste();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace pli::ui
