#include "PersonaCard.h"

namespace pli::server {

nlohmann::json PersonaCard::person() const
{
    return {{"email", email}, {"display_name", displayName}, {"organization", organization}};
}

nlohmann::json PersonaCard::actor() const
{
    return {{"email", email}, {"display_name", displayName}};
}

} // namespace pli::server
