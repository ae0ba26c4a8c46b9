#include "SettingsRecords.h"

#include "Database.h"
#include "ServerConfig.h"

namespace pli::server {

void SettingsRecords::record(Database &db, const ServerConfig &config)
{
    db.transaction([&] {
        for (const auto &[key, value] : {std::pair{"public_url", config.publicUrl},
                                         std::pair{"default_language", config.defaultLanguage}})
            db.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       key, value);
    });
}

void SettingsRecords::load(Database &db, ServerConfig &config)
{
    auto guard = db.lock();
    auto st = db.query("SELECT key, value FROM settings");
    while (st.next()) {
        const std::string key = st.text(0);
        if (key == "public_url")
            config.publicUrl = st.text(1);
        else if (key == "default_language")
            config.defaultLanguage = st.text(1);
    }
}

} // namespace pli::server
