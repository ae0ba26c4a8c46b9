// SCAFFOLD: replaced by the module's real implementation.
#include "AttachmentStore.h"

#include "ApiError.h"

namespace pli::server {

AttachmentStore::AttachmentStore(const std::filesystem::path &dataDir)
    : m_uploads(dataDir / "uploads")
    , m_blobs(dataDir / "blobs")
{}

std::filesystem::path AttachmentStore::uploadPath(const std::string &id) const
{
    return m_uploads / id;
}
std::filesystem::path AttachmentStore::blobPath(const std::string &id) const
{
    return m_blobs / id;
}

std::vector<AttachmentInfo> AttachmentStore::attachUploads(Database &, const std::string &,
                                                           const std::string &,
                                                           const std::vector<std::string> &ids)
{
    if (!ids.empty())
        throw ApiError(501, "not_implemented");
    return {};
}

AttachmentInfo AttachmentStore::importFile(Database &, const std::string &,
                                           const std::filesystem::path &, const std::string &,
                                           const std::string &)
{
    throw ApiError(501, "not_implemented");
}

std::string AttachmentStore::guessContentType(const std::string &)
{
    return "application/octet-stream";
}

} // namespace pli::server
