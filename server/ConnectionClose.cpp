#include "ConnectionClose.h"

#include <httplib.h>

#include <memory>
#include <string>

namespace pli::server {

namespace {
// A private mark between closeAfterAnswer() and the post-routing handler, never sent: httplib
// itself writes "Connection: close" on answers that end a connection anyway, which must stay as
// they are (streamed downloads).
constexpr const char *kMark = "X-Pli-Close-After-Answer";
} // namespace

void closeAfterAnswer(httplib::Response &res)
{
    if (!res.has_header(kMark))
        res.set_header(kMark, "1");
}

void applyCloseAfterAnswer(const httplib::Request &req, httplib::Response &res)
{
    if (!res.has_header(kMark))
        return;
    res.headers.erase(kMark);
    res.headers.erase("Keep-Alive");
    if (res.get_header_value("Connection") != "close") {
        res.headers.erase("Connection");
        res.set_header("Connection", "close");
    }
    auto &request = const_cast<httplib::Request &>(req);
    if (res.content_provider_ && request.method != "HEAD") {
        // A streamed answer (an attachment): each call gets what remains to write; the call
        // that writes the last byte reports failure.
        res.content_provider_ =
            [provider = std::move(res.content_provider_)](std::size_t offset, std::size_t length,
                                                          httplib::DataSink &sink) {
                const auto write = sink.write;
                std::size_t written = 0;
                sink.write = [&write, &written](const char *data, std::size_t size) {
                    const bool ok = write(data, size);
                    written += ok ? size : 0;
                    return ok;
                };
                const bool more = provider(offset, length, sink);
                sink.write = write;
                return more && written < length;
            };
        return;
    }
    auto body = std::make_shared<std::string>(std::move(res.body));
    res.body.clear();
    if (!res.has_header("Content-Length"))
        res.set_header("Content-Length", std::to_string(body->size()));
    // httplib writes no body for HEAD, and so would never call a provider: the request passes
    // for a GET until the provider runs, which writes nothing for it and restores the method
    // before the request is logged.
    const bool head = request.method == "HEAD";
    if (head)
        request.method = "GET";
    res.content_length_ = 0;
    res.is_chunked_content_provider_ = false;
    res.content_provider_ = [body, head, &request](std::size_t, std::size_t,
                                                   httplib::DataSink &sink) {
        if (head)
            request.method = "HEAD";
        else if (!body->empty())
            sink.write(body->data(), body->size());
        return false; // httplib takes the write as failed and closes the connection
    };
}

} // namespace pli::server
