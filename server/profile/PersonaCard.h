#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace pli::server {

// A persona as the API shows it wherever it appears as a person (owner, sender, participant,
// activity actor): its address, the name to show (the persona's own, else its user's) and the
// user's organization and state. PersonaRecords reads them.
struct PersonaCard
{
    std::string id;
    std::string userId;
    std::string email;
    std::string displayName;
    std::string organization;
    bool userActive = true;
    bool verified = true;

    // {"email","display_name","organization"}
    nlohmann::json person() const;
    // {"email","display_name"}
    nlohmann::json actor() const;
};

} // namespace pli::server
