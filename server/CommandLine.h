#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pli::server {

// A small parser for `pli-server <command> [sub] --flag value --switch positional...`.
// Flags named in `switches` take no value; every other --flag takes the next word.
class CommandLine
{
public:
    CommandLine(const std::vector<std::string> &args,
                const std::vector<std::string> &switches = {});

    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; }

    const std::vector<std::string> &positional() const { return m_positional; }
    bool has(const std::string &flag) const { return m_values.count(flag) > 0; }
    std::optional<std::string> value(const std::string &flag) const;
    std::vector<std::string> values(const std::string &flag) const; // repeated flags
    std::string valueOr(const std::string &flag, const std::string &fallback) const;

private:
    std::vector<std::string> m_positional;
    std::multimap<std::string, std::string> m_values;
    std::string m_error;
};

} // namespace pli::server
