#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace pli::server {

// The tus `Upload-Metadata` header: comma-separated "key base64value" pairs (the value may be
// omitted). Pli reads `filename` (required) and `content_type`.
class UploadMetadata
{
public:
    // nullopt when the header is malformed: a bad key, invalid base64, a key twice.
    static std::optional<UploadMetadata> parse(std::string_view header);
    // Encodes pairs back into the header form (for HEAD answers).
    static std::string format(const std::map<std::string, std::string> &pairs);

    std::optional<std::string> value(const std::string &key) const;

private:
    std::map<std::string, std::string> m_pairs;
};

} // namespace pli::server
