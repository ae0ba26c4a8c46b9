// pli::Error: problem+json answers become the right code with their extra values, and every
// code has a stable name and a sentence with the wait, tries left or unmet rules filled in.
#include "Error.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QLocale>
#include <QMetaEnum>

using namespace pli;

namespace {

QByteArray problem(int status, const char *code, const char *extra = "")
{
    return QByteArray(R"({"type":"https://pli.invalid/problems/x","title":"T","status":)") +
           QByteArray::number(status) + R"(,"code":")" + code + R"(","detail":"Server words.")" +
           extra + "}";
}

struct ProblemCase
{
    int status;
    const char *code;
    Error::Code expected;
};

class ErrorFromProblem : public ::testing::TestWithParam<ProblemCase>
{
};

} // namespace

TEST_P(ErrorFromProblem, MapsTheContractCodes)
{
    const ProblemCase c = GetParam();
    const Error error = Error::fromHttp(c.status, problem(c.status, c.code));
    EXPECT_EQ(error.code(), c.expected) << c.code;
    EXPECT_EQ(error.httpStatus(), c.status);
    EXPECT_EQ(error.problemCode(), QString::fromLatin1(c.code));
    EXPECT_EQ(error.detail(), QStringLiteral("Server words."));
    EXPECT_TRUE(error.isError());
    EXPECT_FALSE(error.message().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Contract, ErrorFromProblem,
    ::testing::Values(ProblemCase{401, "unauthorized", Error::Code::Unauthorized},
                      ProblemCase{401, "invalid_credentials", Error::Code::InvalidCredentials},
                      ProblemCase{423, "account_locked", Error::Code::AccountLocked},
                      ProblemCase{429, "rate_limited", Error::Code::RateLimited},
                      ProblemCase{401, "challenge_expired", Error::Code::ChallengeExpired},
                      ProblemCase{401, "invalid_code", Error::Code::InvalidCode},
                      ProblemCase{401, "too_many_attempts", Error::Code::TooManyAttempts},
                      ProblemCase{422, "password_policy", Error::Code::PasswordPolicy},
                      ProblemCase{400, "invalid_token", Error::Code::InvalidToken},
                      ProblemCase{404, "not_found", Error::Code::NotFound},
                      ProblemCase{403, "participants_cannot_start",
                                  Error::Code::ParticipantsCannotStart},
                      ProblemCase{403, "conversation_read_only", Error::Code::ReadOnly},
                      ProblemCase{410, "message_expired", Error::Code::Gone},
                      ProblemCase{413, "payload_too_large", Error::Code::TooLarge},
                      ProblemCase{413, "message_too_large", Error::Code::TooLarge},
                      ProblemCase{409, "offset_mismatch", Error::Code::Conflict},
                      ProblemCase{460, "checksum_mismatch", Error::Code::ChecksumMismatch},
                      ProblemCase{409, "persona_exists", Error::Code::AlreadyExists},
                      ProblemCase{409, "too_many_personas", Error::Code::LimitReached},
                      ProblemCase{400, "invalid_request", Error::Code::InvalidInput},
                      ProblemCase{500, "internal_error", Error::Code::Server}));

TEST(Error, UnknownProblemCodeFallsBackOnTheStatus)
{
    EXPECT_EQ(Error::fromHttp(403, problem(403, "brand_new_rule")).code(), Error::Code::Forbidden);
    EXPECT_EQ(Error::fromHttp(404, "").code(), Error::Code::NotFound);
    EXPECT_EQ(Error::fromHttp(503, "<html>busy</html>").code(), Error::Code::Server);
    EXPECT_EQ(Error::fromHttp(418, "{}").code(), Error::Code::Unknown);
    const Error unknown = Error::fromHttp(418, "{}");
    EXPECT_TRUE(unknown.message().contains(QStringLiteral("418")));
}

TEST(Error, HostileProblemBodiesAreHarmless)
{
    for (const QByteArray &body :
         {QByteArray("{\"code\":12,\"detail\":[1],\"retry_after\":\"soon\"}"),
          QByteArray("{\"code\":\"") + QByteArray(100000, 'x') + "\"}", QByteArray("\xff\xfe"),
          QByteArray("[\"not an object\"]"), QByteArray("{\"attempts_remaining\":-4}"),
          QByteArray("{\"retry_after\":1e400}"), QByteArray("{\"unmet\":[1,{},null]}")}) {
        const Error error = Error::fromHttp(429, body);
        EXPECT_EQ(error.code(), Error::Code::RateLimited);
        EXPECT_EQ(error.attemptsRemaining(), -1);
        EXPECT_LE(error.problemCode().size(), 64);
        EXPECT_TRUE(error.unmetRules().isEmpty());
        EXPECT_FALSE(error.message().isEmpty());
    }
}

TEST(Error, RetryAfterFromHeaderSecondsOrDateOrBody)
{
    EXPECT_EQ(Error::fromHttp(429, problem(429, "rate_limited"), "17").retryAfterSeconds(), 17);
    const QByteArray date = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(120),
                                          QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                .toLatin1();
    const int fromDate =
        Error::fromHttp(429, problem(429, "rate_limited"), date).retryAfterSeconds();
    EXPECT_GE(fromDate, 115);
    EXPECT_LE(fromDate, 121);
    EXPECT_EQ(Error::fromHttp(429, problem(429, "rate_limited", R"(,"retry_after":9)"))
                  .retryAfterSeconds(),
              9);
    EXPECT_EQ(Error::fromHttp(429, problem(429, "rate_limited"), "-5").retryAfterSeconds(), -1);
    EXPECT_EQ(Error::fromHttp(429, problem(429, "rate_limited"), "garbage").retryAfterSeconds(),
              -1);
}

TEST(Error, MessagesFillInTheWaitTheTriesAndTheRules)
{
    const Error limited = Error::fromHttp(429, problem(429, "rate_limited"), "42");
    EXPECT_TRUE(limited.message().contains(QStringLiteral("42")))
        << limited.message().toStdString();

    const Error wrongCode =
        Error::fromHttp(401, problem(401, "invalid_code", R"(,"attempts_remaining":3)"));
    EXPECT_EQ(wrongCode.attemptsRemaining(), 3);
    EXPECT_TRUE(wrongCode.message().contains(QStringLiteral("3")));

    const Error policy = Error::fromHttp(
        422, problem(422, "password_policy",
                     R"(,"unmet":["min_length","upper"],"policy":{"min_length":14,"max_length":64,)"
                     R"("require":["upper","digit_or_symbol"]})"));
    EXPECT_EQ(policy.unmetRules(),
              (QStringList{QStringLiteral("min_length"), QStringLiteral("upper")}));
    EXPECT_TRUE(policy.message().contains(QStringLiteral("14"))) << policy.message().toStdString();
    EXPECT_TRUE(policy.message().contains(QStringLiteral("upper-case")));

    const Error tls(Error::Code::Tls, QStringLiteral("The certificate is self-signed"));
    EXPECT_TRUE(tls.message().contains(QStringLiteral("self-signed")));
}

TEST(Error, EveryCodeHasAStableNameAndASentence)
{
    const QMetaEnum codes = QMetaEnum::fromType<Error::Code>();
    ASSERT_GT(codes.keyCount(), 30);
    for (int i = 0; i < codes.keyCount(); ++i) {
        const auto code = Error::Code(codes.value(i));
        const Error error(code);
        EXPECT_EQ(error.codeName(), QString::fromLatin1(codes.key(i)));
        if (code == Error::Code::None) {
            EXPECT_FALSE(error.isError());
            EXPECT_TRUE(error.message().isEmpty());
        } else {
            EXPECT_TRUE(error.isError());
            EXPECT_FALSE(error.message().isEmpty()) << codes.key(i);
        }
    }
    EXPECT_EQ(Error(Error::Code::InvalidCredentials).codeName(),
              QStringLiteral("InvalidCredentials"));
}

TEST(Error, TravelsThroughQVariant)
{
    const Error error = Error(Error::Code::RateLimited).setRetryAfterSeconds(5);
    const QVariant v = QVariant::fromValue(error);
    EXPECT_EQ(v.value<Error>().retryAfterSeconds(), 5);
    EXPECT_EQ(v.value<Error>().code(), Error::Code::RateLimited);
}
