#pragma once

#include "Error.h"
#include "api/Types.h"

#include <QCoreApplication>

#include <optional>

namespace pli {
class ApiClient;
}

namespace pli::cli {

// Finds one of the signed-in person's personas from what was typed: its id or its e-mail
// address (any case).
class PersonaLookup
{
    Q_DECLARE_TR_FUNCTIONS(pli::cli::PersonaLookup)
public:
    // NotFound (naming what was typed) when no persona matches.
    static std::optional<Persona> find(ApiClient *api, const QString &typed, Error &error);
};

} // namespace pli::cli
