#pragma once

// `pli-server user list --json` read back in tests: what an administrator sees of a user.

#include "TestServer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

namespace pli::test {

// The user's entry, or null when there is none.
inline nlohmann::json listedUser(TestServer &server, const std::string &username)
{
    std::string out;
    EXPECT_EQ(server.runAdmin({"user", "list", "--json"}, &out), 0);
    for (const auto &user : nlohmann::json::parse(out))
        if (user["username"] == username)
            return user;
    return nullptr;
}

} // namespace pli::test
