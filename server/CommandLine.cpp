#include "CommandLine.h"

#include <algorithm>

namespace pli::server {

CommandLine::CommandLine(const std::vector<std::string> &args,
                         const std::vector<std::string> &switches)
{
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.rfind("--", 0) != 0 || arg == "--") {
            m_positional.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        const auto eq = name.find('=');
        if (eq != std::string::npos) {
            m_values.emplace(name.substr(0, eq), name.substr(eq + 1));
            continue;
        }
        if (std::find(switches.begin(), switches.end(), name) != switches.end()) {
            m_values.emplace(name, "");
            continue;
        }
        if (i + 1 >= args.size()) {
            m_error = "option --" + name + " needs a value";
            return;
        }
        m_values.emplace(name, args[++i]);
    }
}

std::optional<std::string> CommandLine::value(const std::string &flag) const
{
    const auto it = m_values.find(flag);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::string> CommandLine::values(const std::string &flag) const
{
    std::vector<std::string> out;
    const auto [begin, end] = m_values.equal_range(flag);
    for (auto it = begin; it != end; ++it)
        out.push_back(it->second);
    return out;
}

std::string CommandLine::valueOr(const std::string &flag, const std::string &fallback) const
{
    return value(flag).value_or(fallback);
}

} // namespace pli::server
