// Printing a conversation: "Export to PDF" writes every message of the thread (not only the
// five shown), with its sender, dates and attachment names, in the interface language; a folder
// that cannot be written gives a clear reason.
#include "ConversationThreadFixture.h"
#include "ScopedTimeZone.h"

#include "print/ThreadDocument.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTextDocument>

using namespace pli;
using namespace Qt::StringLiterals;
using namespace pli::test;

namespace {

class Print : public ConversationThreadFixture
{
protected:
    QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        EXPECT_TRUE(process.waitForFinished(30000));
        return QString::fromUtf8(process.readAllStandardOutput());
    }
};

TEST_F(Print, ExportToPdfContainsEveryMessage)
{
    openInView(budgetRequests(7));
    ASSERT_EQ(view->cards().size(), 5);
    const QString path = dir(QStringLiteral("out")) + QStringLiteral("/budget.pdf");
    QSignalSpy exported(view.get(), &pli::ui::ConversationView::exported);
    view->exportToPdf(path);
    ASSERT_TRUE(exported.count() == 1 || exported.wait(15000));
    EXPECT_GT(QFileInfo(path).size(), 1000);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(u"Budget requests"_s));
    EXPECT_TRUE(text.contains(u"Participants:"_s));
    EXPECT_TRUE(text.contains(u"jean.dupont@innovactione.com"_s));
    EXPECT_TRUE(text.contains(u"Hello Jean, here are the updates"_s));
    for (int i = 2; i <= 7; ++i)
        EXPECT_TRUE(text.contains(QStringLiteral("message %1").arg(i))) << i;
    EXPECT_TRUE(text.contains(u"devis_2015.xlsx (17.4 kB)"_s));
    EXPECT_TRUE(text.contains(u"Marie Unetelle"_s));
    // Loading everything for print leaves the view showing everything too.
    EXPECT_EQ(view->thread()->rowCount(), 7);
}

TEST_F(Print, ExportFollowsTheInterfaceLanguage)
{
    useLanguage(QLocale::French);
    openInView(budgetRequests(3));
    const QString path = dir(QStringLiteral("out")) + QStringLiteral("/budget-fr.pdf");
    QSignalSpy exported(view.get(), &pli::ui::ConversationView::exported);
    view->exportToPdf(path);
    ASSERT_TRUE(exported.count() == 1 || exported.wait(15000));
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(u"Participants :"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Pièces jointes :"_s));
    EXPECT_TRUE(text.contains(u"Envoyé le"_s));
}

TEST_F(Print, DatesAreInTheComputersZoneAndTheInterfaceLanguage)
{
    const ScopedTimeZone toronto("America/Toronto");
    ConversationDetails details;
    details.title = QStringLiteral("Demandes budgétaires");
    Message message;
    message.sender.email = QStringLiteral("marie.unetelle@innovactione.com");
    message.sentAt = QDateTime(QDate(2015, 2, 2), QTime(20, 14, 18), Qt::UTC);
    message.expiresAt = QDateTime(QDate(2016, 2, 1), QTime(20, 14, 18), Qt::UTC);
    message.opened = true;
    message.body = QStringLiteral("Bonjour Jean");
    EXPECT_TRUE(pli::ui::ThreadDocument::build(details, {message})
                    ->toPlainText()
                    .contains(u"Sent Feb 2, 2015 – 3:14:18 PM EST · Expires on Feb 1, 2016 – "
                              u"3:14:18 PM EST"_s));
    useLanguage(QLocale::French);
    const QString french = pli::ui::ThreadDocument::build(details, {message})->toPlainText();
    EXPECT_TRUE(french.contains(
        u"Envoyé le 2 févr. 2015 – 15:14:18 HNE · Expire le 1 févr. 2016 – 15:14:18 HNE"_s))
        << french.toStdString();
    const QString path = dir(QStringLiteral("out")) + QStringLiteral("/dates.pdf");
    ASSERT_TRUE(pli::ui::ThreadDocument::exportPdf(details, {message}, path));
    EXPECT_TRUE(pdfText(path).contains(u"15:14:18 HNE"_s));
}

TEST_F(Print, LongThreadsArePaginated)
{
    ConversationDetails details;
    details.title = QStringLiteral("Long");
    QList<Message> messages;
    for (int i = 0; i < 120; ++i) {
        Message m;
        m.sender.email = QStringLiteral("a@b.c");
        m.sentAt = QDateTime::currentDateTimeUtc();
        m.opened = true;
        m.body = QStringLiteral("line %1\nsecond line").arg(i);
        messages.append(m);
    }
    const QString path = dir(QStringLiteral("out")) + QStringLiteral("/long.pdf");
    ASSERT_TRUE(pli::ui::ThreadDocument::exportPdf(details, messages, path));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    ASSERT_TRUE(info.waitForFinished(30000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto match = pages.match(out);
    ASSERT_TRUE(match.hasMatch()) << out.toStdString();
    EXPECT_GT(match.captured(1).toInt(), 3);
    EXPECT_TRUE(pdfText(path).contains(u"line 119"_s));
}

TEST_F(Print, AFolderThatCannotBeWrittenIsExplained)
{
    QString reason;
    EXPECT_FALSE(
        pli::ui::ThreadDocument::exportPdf({}, {}, QStringLiteral("/proc/x/y.pdf"), &reason));
    EXPECT_TRUE(reason.contains(u"/proc/x"_s)) << reason.toStdString();
}

} // namespace
