#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pli::server {

// The options one command accepts: with a value (--name VALUE or --name=VALUE), switches
// (--name), and which valued ones may be repeated.
struct CommandOptions
{
    std::vector<std::string> withValue;
    std::vector<std::string> switches;
    std::vector<std::string> repeatable;

    // These and `more` (e.g. the options every admin command takes).
    CommandOptions plus(const CommandOptions &more) const;
};

// A small parser for `pli-server <command> [sub] --flag value --switch positional...`.
class CommandLine
{
public:
    // Lenient: flags named in `switches` take no value; every other --flag takes the next word.
    // Used to find the command before its options are known.
    CommandLine(const std::vector<std::string> &args,
                const std::vector<std::string> &switches = {});
    // Strict: an option `options` does not name, a missing value (none, or the next word is an
    // option: write --name=--value for a value that starts with "--"), a value given to a
    // switch, or an option given twice that is not repeatable makes error() say why.
    CommandLine(const std::vector<std::string> &args, const CommandOptions &options);

    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; }

    const std::vector<std::string> &positional() const { return m_positional; }
    bool has(const std::string &flag) const { return m_values.count(flag) > 0; }
    std::optional<std::string> value(const std::string &flag) const;
    std::vector<std::string> values(const std::string &flag) const; // repeated flags
    std::string valueOr(const std::string &flag, const std::string &fallback) const;

private:
    void parse(const std::vector<std::string> &args, const CommandOptions &options, bool strict);

    std::vector<std::string> m_positional;
    std::multimap<std::string, std::string> m_values;
    std::string m_error;
};

} // namespace pli::server
