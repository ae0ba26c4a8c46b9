// libFuzzer target: any bytes, as a server answer body, through the JSON parser, every decoder,
// the problem+json reader and the time reader. Must never crash, hang or leak.
#include "Error.h"
#include "api/Decoders.h"
#include "api/JsonReader.h"
#include "auth/SignInStep.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

template<class T> void run(pli::Error (*decode)(const QJsonValue &, T &), const QJsonValue &json)
{
    T out;
    const pli::Error error = decode(json, out);
    if (error.isError() && error.code() != pli::Error::Code::MalformedResponse)
        __builtin_trap(); // decoders only ever report malformed answers
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    QJsonDocument document;
    if (!pli::parseJsonDocument(body, document).isError()) {
        const QJsonValue json =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        run(pli::decodeParty, json);
        run(pli::decodePersona, json);
        run(pli::decodePersonas, json);
        run(pli::decodeMe, json);
        run(pli::decodeConversationSummary, json);
        run(pli::decodeConversationPage, json);
        run(pli::decodeConversationDetails, json);
        run(pli::decodeAttachment, json);
        run(pli::decodeActivity, json);
        run(pli::decodeContact, json);
        run(pli::decodeContacts, json);
        run(pli::decodeSignInStep, json);
        pli::Message message;
        pli::decodeMessage(json, message);
        pli::MessagePage page;
        pli::decodeMessagePage(json, page);
    }

    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    const pli::Error problem = pli::Error::fromHttp(status, body, body.left(32));
    (void)problem.message();
    (void)pli::JsonReader::parseTime(QString::fromUtf8(body.left(64)));
    return 0;
}
