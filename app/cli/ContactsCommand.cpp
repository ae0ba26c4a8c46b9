#include "ContactsCommand.h"

#include "CliContext.h"
#include "DisplayText.h"
#include "JobWait.h"
#include "JsonEncoding.h"
#include "TextTable.h"
#include "api/ListContactsJob.h"
#include "net/ApiClient.h"

namespace pli::cli {

ExitCode ContactsCommand::run()
{
    if (const Error e = openSession())
        return fail(e);
    const auto job = waitFor(api()->listContacts());
    if (job->error())
        return fail(job->error());
    const QList<Contact> contacts = job->contacts();
    if (json()) {
        QJsonArray items;
        for (const Contact &contact : contacts)
            items.append(JsonEncoding::contact(contact));
        printJson(items);
        return ExitCode::Ok;
    }
    if (contacts.isEmpty()) {
        context().console().out() << tr("Your address book is empty.") << Qt::endl;
        return ExitCode::Ok;
    }
    TextTable table({tr("E-mail"), tr("Id"), tr("Name")});
    for (const Contact &contact : contacts)
        table.addRow({DisplayText::safe(contact.email), DisplayText::safe(contact.id),
                      DisplayText::safe(contact.displayName)});
    table.print(context().console().out());
    return ExitCode::Ok;
}

} // namespace pli::cli
