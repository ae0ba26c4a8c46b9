#include "TestHttp.h"
#include "TestServer.h"

#include <gtest/gtest.h>

using namespace pli::test;

TEST(ServerSkeleton, StartsAndAnswersUnknownPathsWithAProblem)
{
    TestServer server;
    auto client = server.client();
    auto res = client->Get("/api/v1/nothing-here");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404);
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json");
    EXPECT_EQ(jsonOf(res)["code"], "not_found");
    EXPECT_EQ(server.stop(), 0);
}
