#pragma once

#include "ApiError.h"
#include "ServerContext.h"
#include "UploadRecords.h"
#include "UploadRegistry.h"

namespace pli::server {

// What the tus routes share for the life of the server: the stored uploads and the in-memory
// state of the ones being written.
struct UploadService
{
    explicit UploadService(ServerContext &context)
        : ctx(context)
        , records(*context.db, *context.attachments)
    {}

    // Removes expired uploads not attached to a message, with their in-memory state.
    void sweep()
    {
        for (const auto &id : records.sweepExpired())
            registry.forget(id);
    }

    // The caller's upload, or 404 as for one that does not exist.
    UploadRecord owned(const std::string &id, const std::string &userId)
    {
        auto upload = records.findOwned(id, userId);
        if (!upload)
            throw ApiError::notFound();
        return *upload;
    }

    ServerContext &ctx;
    UploadRecords records;
    UploadRegistry registry;
};

} // namespace pli::server
