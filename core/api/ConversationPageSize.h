#pragma once

#include <algorithm>
#include <array>

namespace pli {

// How many conversations one page of a list holds: the portal's three choices, the only
// `per_page` values the server accepts. The first one is the default. The list, the pagination
// bar, the settings and pli-cli all offer these, from here.
struct ConversationPageSize
{
    static constexpr std::array<int, 3> choices{10, 20, 30};
    static constexpr int standard = choices.front();

    static constexpr bool isChoice(int perPage)
    {
        return std::find(choices.begin(), choices.end(), perPage) != choices.end();
    }
};

} // namespace pli
