// Event streams at scale: one pli-server (test fixture, loopback, default settings) with STREAMS
// open /events streams (ten per user) and a steady load of RATE requests a second from four
// client threads — one in ten posts a message (a collaborator to one of the users), the others
// read a list page, a thread or /me — for SECONDS, first with ten streams (the small case), then
// with STREAMS. Prints, for each, the delivery delay of message.created (from just before the
// POST is sent to its arrival on each of the user's ten streams: p50, p95, max), the latency of
// the requests (p50, p95), failures, the server's threads and memory, and the load average.
// Usage: pli-bench-events [STREAMS [RATE [SECONDS]]] (defaults 1000 50 30).
#include "EventsBenchStreams.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <random>
#include <sys/resource.h>
#include <thread>

using namespace pli::test;
using Clock = std::chrono::steady_clock;

namespace {

std::string procField(int pid, const std::string &file, const std::string &field)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/" + file);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0)
            return line.substr(field.size() + 1);
    return "?";
}

std::string loadAverage()
{
    std::ifstream file("/proc/loadavg");
    std::string first;
    file >> first;
    return first;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(double(values.size()) * p))];
}

struct Person
{
    std::string userId, personaId, email, token, conversationId;
};

struct World
{
    TestServer server;
    Person sender;
    std::vector<Person> users;
};

Person addPerson(TestServer &server, const std::string &name, const std::string &role)
{
    Person p;
    p.userId = server.addUser(name, role);
    p.email = name + "@bench.pli.test";
    p.personaId = server.addPersona(p.userId, p.email);
    p.token = server.tokenFor(p.userId);
    return p;
}

// Sends RATE requests a second for `seconds` from four threads; posts are timed by `streams`.
struct LoadResult
{
    std::vector<double> readMs, postMs;
    int failures = 0;
};

LoadResult runLoad(World &world, Streams &streams, int usersWithStreams, int rate, int seconds)
{
    LoadResult result;
    std::mutex mutex;
    constexpr int kThreads = 4;
    const auto period = std::chrono::microseconds(1000000 * kThreads / rate);
    const auto end = Clock::now() + std::chrono::seconds(seconds);
    const std::string list = "/api/v1/personas/" + world.sender.personaId + "/conversations";
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            auto client = world.server.client();
            std::mt19937 random(static_cast<unsigned>(t));
            auto next = Clock::now() + period * t / kThreads;
            for (int i = 0; Clock::now() < end; ++i) {
                std::this_thread::sleep_until(next);
                next += period;
                const int kind = (i * kThreads + t) % 10;
                const Person &user = world.users[random() % world.users.size()];
                const auto began = Clock::now();
                const Person &to = world.users[random() % static_cast<unsigned>(usersWithStreams)];
                // One post at a time per conversation, so that each event is matched to its
                // post; while one is on its way, this turn reads instead.
                const bool post = kind == 0 && streams.expect(to.conversationId, to.userId, began);
                auto res = [&] {
                    if (post)
                        return postJson(*client,
                                        "/api/v1/conversations/" + to.conversationId + "/messages",
                                        {{"body", "bench"}}, world.sender.token);
                    if (kind < 4)
                        return getWith(*client,
                                       list + "?per_page=10&page=" + std::to_string(1 + i % 5),
                                       world.sender.token);
                    if (kind < 7)
                        return getWith(*client,
                                       "/api/v1/conversations/" + user.conversationId +
                                           "/messages?limit=5",
                                       user.token);
                    return getWith(*client, "/api/v1/me", user.token);
                }();
                const double ms =
                    std::chrono::duration<double, std::milli>(Clock::now() - began).count();
                std::lock_guard guard(mutex);
                if (!res || res->status >= 300)
                    ++result.failures;
                (post ? result.postMs : result.readMs).push_back(ms);
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    return result;
}

void phase(World &world, int streamCount, int rate, int seconds)
{
    const int usersWithStreams = std::max(1, streamCount / 10);
    Streams streams(world.server.port());
    for (int i = 0; i < streamCount; ++i) {
        const Person &p = world.users[static_cast<size_t>(i % usersWithStreams)];
        streams.open(p.userId, p.token);
    }
    const int opened = streams.waitOpen(std::chrono::seconds(60));
    const std::string load = loadAverage();
    const LoadResult load_ = runLoad(world, streams, usersWithStreams, rate, seconds);
    streams.drain(std::chrono::seconds(5));
    const auto delays = streams.delaysMs();
    std::printf("| %d (%d open, %d refused) | %s | %zu / %d | %.0f / %.0f / %.0f | %.1f / %.1f | "
                "%.1f / %.1f | %d | %s | %s |\n",
                streamCount, opened, streams.refused(), load.c_str(), delays.size(),
                streams.expected(), percentile(delays, 0.5), percentile(delays, 0.95),
                delays.empty() ? 0.0 : *std::max_element(delays.begin(), delays.end()),
                percentile(load_.readMs, 0.5), percentile(load_.readMs, 0.95),
                percentile(load_.postMs, 0.5), percentile(load_.postMs, 0.95), load_.failures,
                procField(world.server.pid(), "status", "Threads:").c_str(),
                procField(world.server.pid(), "status", "VmRSS:").c_str());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    const int streamCount = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int rate = argc > 2 ? std::atoi(argv[2]) : 50;
    const int seconds = argc > 3 ? std::atoi(argv[3]) : 30;
    // One descriptor per stream here and in the server (which inherits the limit).
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);

    World world;
    world.sender = addPerson(world.server, "sender", "collaborator");
    const int userCount = std::max(1, streamCount / 10);
    auto client = world.server.client();
    for (int i = 0; i < userCount; ++i) {
        Person p = addPerson(world.server, "user" + std::to_string(i), "participant");
        auto res = postJson(*client, "/api/v1/conversations",
                            {{"persona_id", world.sender.personaId},
                             {"title", "Bench " + std::to_string(i)},
                             {"participants", {p.email}},
                             {"body", "first"}},
                            world.sender.token);
        if (!res || res->status != 201) {
            std::fprintf(stderr, "cannot start a conversation\n");
            return 1;
        }
        p.conversationId = jsonOf(res)["id"];
        world.users.push_back(p);
    }
    std::printf("%d requests/s for %d s, one in ten a POST (message.created to 10 streams)\n", rate,
                seconds);
    std::printf("| Streams | Load | Deliveries | Delay p50 / p95 / max ms | Reads p50 / p95 ms | "
                "Posts p50 / p95 ms | Failed requests | Server threads | Server RSS |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|\n");
    phase(world, 10, rate, seconds);
    phase(world, streamCount, rate, seconds);
    return 0;
}
