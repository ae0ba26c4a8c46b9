#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace pli::ui {

// The portal's pagination bar: "Show [10] conversations per page" on the left, "Page X of Y"
// and First / Previous / Next / Last on the right, each disabled where it would do nothing.
class PaginationBar : public QWidget
{
    Q_OBJECT
public:
    explicit PaginationBar(QWidget *parent = nullptr);

    // `pages` may be 0 (empty list): the bar then reads "Page 1 of 1" with every button off.
    void setPosition(int page, int pages);
    void setPerPage(int perPage);
    int perPage() const;
    int page() const { return m_page; }
    int pages() const { return m_pages; }
    // While a page loads the buttons are held, so quick clicks do not queue requests.
    void setBusy(bool busy);

    QToolButton *firstButton() const { return m_first; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }
    QToolButton *lastButton() const { return m_last; }
    QComboBox *perPageBox() const { return m_perPage; }
    QLabel *positionLabel() const { return m_position; }

Q_SIGNALS:
    void pageRequested(int page);
    void perPageChanged(int perPage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QLabel *m_showBefore;
    QComboBox *m_perPage;
    QLabel *m_showAfter;
    QLabel *m_position;
    QToolButton *m_first;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_last;
    int m_page = 1;
    int m_pages = 1;
    bool m_busy = false;
};

} // namespace pli::ui
