#pragma once

#include <QWidget>

class QTextBrowser;

namespace pli::ui {

// The "Help" tab: the participant guide's answers for the desktop (tabs, columns, icons,
// keyboard), in the user's language, and whom to call.
class HelpView : public QWidget
{
    Q_OBJECT
public:
    explicit HelpView(QWidget *parent = nullptr);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QTextBrowser *m_browser;
};

} // namespace pli::ui
