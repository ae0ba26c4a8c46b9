#include "CommandLine.h"

#include <algorithm>

namespace pli::server {

namespace {
bool contains(const std::vector<std::string> &list, const std::string &item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

bool isOption(const std::string &arg)
{
    return arg.rfind("--", 0) == 0 && arg != "--";
}
} // namespace

CommandOptions CommandOptions::plus(const CommandOptions &more) const
{
    CommandOptions all = *this;
    all.withValue.insert(all.withValue.end(), more.withValue.begin(), more.withValue.end());
    all.switches.insert(all.switches.end(), more.switches.begin(), more.switches.end());
    all.repeatable.insert(all.repeatable.end(), more.repeatable.begin(), more.repeatable.end());
    return all;
}

CommandLine::CommandLine(const std::vector<std::string> &args,
                         const std::vector<std::string> &switches)
{
    parse(args, {{}, switches, {}}, false);
}

CommandLine::CommandLine(const std::vector<std::string> &args, const CommandOptions &options)
{
    parse(args, options, true);
}

void CommandLine::parse(const std::vector<std::string> &args, const CommandOptions &options,
                        bool strict)
{
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (!isOption(arg)) {
            m_positional.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        }
        const bool isSwitch = contains(options.switches, name);
        if (strict && !isSwitch && !contains(options.withValue, name)) {
            m_error = "unknown option --" + name;
            return;
        }
        if (isSwitch && value && strict) {
            m_error = "option --" + name + " takes no value";
            return;
        }
        if (isSwitch && !value) {
            value = "";
        } else if (!value) {
            // Leniently, anything may be a value; strictly, an option is not one.
            if (i + 1 >= args.size() || (strict && isOption(args[i + 1]))) {
                m_error = "option --" + name + " needs a value";
                return;
            }
            value = args[++i];
        }
        if (strict && has(name) && !contains(options.repeatable, name)) {
            m_error = "option --" + name + " is given twice";
            return;
        }
        m_values.emplace(name, *value);
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
