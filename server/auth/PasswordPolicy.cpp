#include "PasswordPolicy.h"

#include "ApiError.h"
#include "Crypto.h"
#include "PasswordHash.h"

#include <algorithm>
#include <cctype>

namespace pli::server {

namespace {
// Decodes UTF-8 into code points; invalid sequences count as one unknown character each (the
// JSON parser already rejects invalid UTF-8, this only keeps the count honest).
std::vector<char32_t> codePoints(std::string_view text)
{
    std::vector<char32_t> out;
    size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        int length = 1;
        char32_t cp = lead;
        if (lead >= 0xF0 && lead < 0xF8) {
            length = 4;
            cp = lead & 0x07;
        } else if (lead >= 0xE0) {
            length = 3;
            cp = lead & 0x0F;
        } else if (lead >= 0xC0) {
            length = 2;
            cp = lead & 0x1F;
        }
        if (i + static_cast<size_t>(length) > text.size()) {
            out.push_back(0xFFFD);
            break;
        }
        for (int k = 1; k < length; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + static_cast<size_t>(k)]) & 0x3F);
        out.push_back(length == 1 && lead >= 0x80 ? 0xFFFD : cp);
        i += static_cast<size_t>(length);
    }
    return out;
}

bool isUpper(char32_t c)
{
    // ASCII and the Latin-1 capitals (É, À, Ç...) that French and English users type.
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

bool isDigitOrSymbol(char32_t c)
{
    if (c < 0x80)
        return std::isdigit(static_cast<int>(c)) || std::ispunct(static_cast<int>(c));
    // Latin-1 signs (¡ § « ° ² » ¿ × ÷...) and the general punctuation, currency, letter-like,
    // number-form, arrow, mathematical and other symbol blocks.
    return (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x2BFF);
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}
} // namespace

nlohmann::json PasswordPolicy::describe()
{
    return {{"min_length", kMinLength},
            {"max_length", kMaxLength},
            {"require", {"upper", "digit_or_symbol"}}};
}

std::vector<std::string> PasswordPolicy::unmetRules(std::string_view password,
                                                    std::string_view username,
                                                    const std::optional<std::string> &currentHash)
{
    const auto chars = codePoints(password);
    std::vector<std::string> unmet;
    if (chars.size() < kMinLength)
        unmet.push_back("min_length");
    if (chars.size() > kMaxLength)
        unmet.push_back("max_length");
    if (std::none_of(chars.begin(), chars.end(), isUpper))
        unmet.push_back("upper");
    if (std::none_of(chars.begin(), chars.end(), isDigitOrSymbol))
        unmet.push_back("digit_or_symbol");
    if (!username.empty() && lower(password).find(lower(username)) != std::string::npos)
        unmet.push_back("not_username");
    // Only worth the scrypt cost for a password that could otherwise be accepted.
    if (unmet.empty() && currentHash && verifyPassword(password, *currentHash))
        unmet.push_back("not_current");
    return unmet;
}

void PasswordPolicy::enforce(std::string_view password, std::string_view username,
                             const std::optional<std::string> &currentHash)
{
    const auto unmet = unmetRules(password, username, currentHash);
    if (unmet.empty())
        return;
    throw ApiError(422, "password_policy", "The new password does not meet the password policy.",
                   {{"unmet", unmet}, {"policy", describe()}});
}

std::string PasswordPolicy::generateTemporary()
{
    // Unambiguous characters only: temporary passwords are read aloud or copied from a screen.
    static const std::string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    const size_t limit = 256 - 256 % alphabet.size(); // rejection keeps the choice uniform
    while (true) {
        std::string password; // four groups of five, joined by dashes
        while (password.size() < 23) {
            const unsigned char byte = crypto::randomBytes(1)[0];
            if (byte >= limit)
                continue;
            if (password.size() % 6 == 5)
                password.push_back('-');
            password.push_back(alphabet[byte % alphabet.size()]);
        }
        if (unmetRules(password, {}).empty())
            return password;
    }
}

} // namespace pli::server
