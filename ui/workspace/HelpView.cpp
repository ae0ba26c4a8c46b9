#include "HelpView.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pli::ui {

HelpView::HelpView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    retranslate();
}

QString HelpView::text() const
{
    return m_browser->toPlainText();
}

void HelpView::retranslate()
{
    QString html;
    auto section = [&html](const QString &title, const QStringList &paragraphs) {
        html += QStringLiteral("<h3>") + title.toHtmlEscaped() + QStringLiteral("</h3>");
        for (const QString &p : paragraphs)
            html += QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>");
    };
    html += QStringLiteral("<h2>") + tr("Using Pli").toHtmlEscaped() + QStringLiteral("</h2>");
    section(tr("Your e-mail addresses"),
            {tr("Each e-mail address tied to your profile has its own entry on the left, with "
                "the number of conversations holding an unread message. Choose one to see its "
                "conversations. Several accounts can be signed in at once: use \"Add another "
                "account\" in the account menu.")});
    section(tr("The conversation list"),
            {tr("Owner: the address that started the conversation. Title: its subject. "
                "Activity: click \"view\" to see who created, opened and answered it, and when; "
                "the history sorts by name, activity or date. Date modified: the last activity; "
                "click the column header to show the oldest conversations first (▲) or the "
                "newest first (▼)."),
             tr("A speech bubble with an exclamation mark marks a conversation with a message "
                "you have not opened. New conversations are in bold. Conversations in red were "
                "started by a collaborator whose account is no longer active: you can read them "
                "but not post new messages."),
             tr("Below the list, choose 10, 20 or 30 conversations per page and move between "
                "pages with First, Previous, Next and Last.")});
    section(tr("Keyboard"),
            {tr("Enter or a double-click opens the selected conversation. Space ticks it; "
                "Delete removes the ticked conversations from your list after a confirmation "
                "(the other members keep them). F5 refreshes; Ctrl+F goes to the filter; "
                "Ctrl+Page Up and Ctrl+Page Down change pages.")});
    section(tr("Need help?"),
            {tr("If a technical problem keeps you from your conversations, contact your "
                "organization's support; the invitation e-mail you received says how.")});
    m_browser->setHtml(html);
    m_browser->setAccessibleName(tr("Help"));
    m_browser->setAccessibleDescription(tr("How to use Pli"));
}

void HelpView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pli::ui
