#pragma once

#include <QLineEdit>

namespace pli::ui {

// A six-digit one-time code field: digits only, spaces and dashes pasted from an e-mail or an
// app ignored, large monospaced figures, "complete" once six digits are in.
class CodeEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CodeEdit(QWidget *parent = nullptr);
    QString code() const;
    bool isComplete() const { return code().size() == 6; }

protected:
    void insertFromPaste();
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace pli::ui
