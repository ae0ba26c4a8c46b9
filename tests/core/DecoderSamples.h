#pragma once
// The decoder tests' shared material: one valid sample of every answer type of the contract,
// and small helpers to parse JSON and to call a decoder generically.
#include "api/Decoders.h"
#include "auth/SignInStep.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace pli::test::decoding {

inline const char *const kParty = R"({"email":"marie@example.test","display_name":"Marie Tremblay",
    "organization":"Ministère","extra":{"ignored":true}})";
inline const char *const kPersona =
    R"({"id":"p_1","email":"alice@example.test","display_name":"Alice",
    "unread_count":2,"conversation_count":7,"verified":true,"color":"blue"})";
inline const char *const kMe = R"({"id":"u_1","username":"alice","display_name":"Alice A.",
    "role":"collaborator","personas":[{"id":"p_1","email":"alice@example.test",
    "display_name":"Alice","unread_count":0,"conversation_count":1}]})";
inline const char *const kSummary = R"({"id":"c_1","title":"Budget requests","owner":{
    "email":"marie@example.test","display_name":"Marie","organization":"Org"},
    "created_at":"2015-02-02T20:14:18Z","modified_at":"2015-03-01T08:00:00Z",
    "unread":true,"is_new":false,"read_only":false,"message_count":7})";
inline const char *const kPage = R"({"items":[{"id":"c_1","title":"Budget requests","owner":{
    "email":"marie@example.test","display_name":"Marie","organization":"Org"},
    "created_at":"2015-02-02T20:14:18Z","modified_at":"2015-03-01T08:00:00Z",
    "unread":true,"is_new":true,"read_only":true,"message_count":7}],
    "page":1,"per_page":10,"total":1,"pages":1})";
inline const char *const kDetails = R"({"id":"c_1","title":"Budget requests","owner":{
    "email":"marie@example.test","display_name":"Marie","organization":"Org"},
    "participants":[{"email":"alice@example.test","display_name":"Alice","organization":""}],
    "read_only":false,"message_count":7,"created_at":"2015-02-02T20:14:18Z"})";
inline const char *const kAttachment = R"({"id":"a_1","name":"budget.xlsx","size":20480,
    "content_type":"application/vnd.ms-excel",
    "sha256":"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"})";
inline const char *const kMessage = R"({"id":"m_1","sender":{"email":"marie@example.test",
    "display_name":"Marie","organization":"Org"},"mine":false,
    "sent_at":"2015-02-02T20:14:18Z","expires_at":"2999-01-01T00:00:00Z","opened":false,
    "body":"Here is the budget.","attachments":[{"id":"a_1","name":"budget.xlsx","size":3,
    "content_type":"text/plain",
    "sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}]})";
inline const char *const kMessagePage = R"({"items":[{"id":"m_1","sender":{"email":"m@example.test",
    "display_name":"M"},"mine":true,"sent_at":"2015-02-02T20:14:18Z","expires_at":null,
    "opened":true,"body":"Hi","attachments":[]}],"total":7,"has_more":true})";
inline const char *const kActivity = R"({"items":[{"actor":{"email":"a@example.test",
    "display_name":"A"},"action":"downloaded","at":"2015-02-02T20:14:18Z"}]})";
inline const char *const kMessageArrival =
    R"({"conversation_id":"c_1","persona_id":"p_1","message_id":"m_1",
    "conversation_title":"Budget","sender":{"email":"marie@example.test",
    "display_name":"Marie"},"starts_conversation":false})";
inline const char *const kContact =
    R"({"id":"k_1","email":"bob@example.test","display_name":"Bob"})";
inline const char *const kContacts =
    R"([{"id":"k_1","email":"bob@example.test","display_name":"Bob"}])";
inline const char *const kAuthenticated = R"({"status":"authenticated","access_token":"at",
    "refresh_token":"rt","expires_in":900})";
inline const char *const kSecondFactor = R"({"status":"second_factor_required","challenge":"ch",
    "methods":["totp","email","sms"],"expires_in":600})";
inline const char *const kEnrollment = R"({"status":"totp_enrollment_required","challenge":"ch",
    "secret":"JBSWY3DPEHPK3PXP","otpauth_uri":"otpauth://totp/Pli:alice?secret=JBSWY3DPEHPK3PXP",
    "expires_in":300})";
inline const char *const kPasswordChange = R"({"status":"password_change_required","challenge":"ch",
    "policy":{"min_length":14,"max_length":64,"require":["upper","digit_or_symbol"]}})";

inline QJsonValue parse(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    EXPECT_FALSE(document.isNull()) << json;
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

using Decode = std::function<Error(const QJsonValue &)>;

template<class T> Decode decoder(Error (*decode)(const QJsonValue &, T &))
{
    return [decode](const QJsonValue &json) {
        T out;
        return decode(json, out);
    };
}

} // namespace pli::test::decoding
