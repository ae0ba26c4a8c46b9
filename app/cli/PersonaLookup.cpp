#include "PersonaLookup.h"

#include "JobWait.h"
#include "api/ListPersonasJob.h"
#include "net/ApiClient.h"

namespace pli::cli {

std::optional<Persona> PersonaLookup::find(ApiClient *api, const QString &typed, Error &error)
{
    const auto job = waitFor(api->listPersonas());
    error = job->error();
    if (error)
        return std::nullopt;
    const QString wanted = typed.trimmed();
    for (const Persona &persona : job->personas()) {
        if (persona.id == wanted || persona.email.compare(wanted, Qt::CaseInsensitive) == 0)
            return persona;
    }
    error = Error(Error::Code::NotFound, tr("you have no persona %1").arg(wanted));
    return std::nullopt;
}

} // namespace pli::cli
