// What a list costs at scale: seeds two data directories with `pli-server seed-scale` (a small
// and a large number of conversations per persona, two users), serves each with pli-server (the
// test fixture, loopback) and times, over one keep-alive connection, what the desktop asks: list
// pages (first, 500th, last; each sort; a filter), a thread (five newest, the next five, all),
// the activity history, the personas with their unread counts. Prints per request p50 and p95
// (milliseconds) for both sizes and the large/small ratio, with the load average: the machine
// may be shared. Usage: pli-bench-list [SMALL LARGE [SAMPLES [WORK_DIR]]] (defaults 1000 100000
// 200, a temporary directory).
#include "TestHttp.h"
#include "TestServer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>

using namespace pli::test;

namespace {

std::string loadAverage()
{
    std::ifstream file("/proc/loadavg");
    std::string first;
    file >> first;
    return first;
}

struct Timing
{
    double p50 = 0, p95 = 0;
};

Timing timeRequests(httplib::Client &client, const std::string &path, const std::string &token,
                    int samples)
{
    std::vector<double> ms;
    for (int i = 0; i < samples + 5; ++i) {
        const auto began = std::chrono::steady_clock::now();
        auto res = getWith(client, path, token);
        const double took =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began)
                .count();
        if (!res || res->status != 200) {
            std::fprintf(stderr, "%s: %d\n", path.c_str(), res ? res->status : -1);
            std::exit(1);
        }
        if (i >= 5) // the first few warm the caches
            ms.push_back(took);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

// The requests to time, by label, for the persona of scale-00001 in a seeded directory.
std::vector<std::pair<std::string, std::string>>
requestsFor(TestServer &server, const std::string &token, std::string &personaId)
{
    auto client = server.client();
    const auto personas = jsonOf(getWith(*client, "/api/v1/personas", token));
    personaId = personas[0]["id"];
    const std::string list = "/api/v1/personas/" + personaId + "/conversations";
    const auto first = jsonOf(getWith(*client, list + "?per_page=10", token));
    const std::string last = std::to_string(first["pages"].get<long long>());
    const std::string conversation = first["items"][0]["id"];
    const std::string thread = "/api/v1/conversations/" + conversation;
    const auto newest = jsonOf(getWith(*client, thread + "/messages?limit=5", token));
    const std::string before = newest["items"][0]["id"];
    return {
        {"list page 1 (modified desc)", list + "?per_page=10&page=1"},
        {"list page 500", list + "?per_page=10&page=500"},
        {"list last page", list + "?per_page=10&page=" + last},
        {"list page 500, title asc", list + "?per_page=10&page=500&sort=title&order=asc"},
        {"list page 500, owner desc", list + "?per_page=10&page=500&sort=owner&order=desc"},
        {"list page 1, 30 rows", list + "?per_page=30&page=1"},
        {"list q=reunion (1/12 match)", list + "?per_page=10&q=reunion"},
        {"list q=reunion page 100", list + "?per_page=10&q=reunion&page=100"},
        {"list q=xyz (none)", list + "?per_page=10&q=xyz"},
        {"thread: five newest", thread + "/messages?limit=5"},
        {"thread: next five", thread + "/messages?limit=5&before=" + before},
        {"thread: all (100)", thread + "/messages?limit=100"},
        {"conversation details", thread},
        {"activity", thread + "/activity"},
        {"personas + unread counts", "/api/v1/personas"},
    };
}

struct Run
{
    std::map<std::string, Timing> timings;
    std::vector<std::string> order;
    double seedSeconds = 0;
    std::string load;
};

Run measure(const std::filesystem::path &dir, long long perPersona, int samples)
{
    Run run;
    run.load = loadAverage();
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string seed = std::string(PLI_SERVER_BINARY) + " seed-scale --data '" +
                             dir.string() + "' --users 2 --conversations-per-persona " +
                             std::to_string(perPersona) + " --messages-per-thread 5 > /dev/null";
    const auto began = std::chrono::steady_clock::now();
    if (std::system(seed.c_str()) != 0) {
        std::fprintf(stderr, "seed-scale failed\n");
        std::exit(1);
    }
    run.seedSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    TestServer server(dir, {});
    std::string userId;
    {
        auto guard = server.db().lock();
        auto st = server.db().query("SELECT id FROM users WHERE username = 'scale-00001'");
        st.next();
        userId = st.text(0);
    }
    const std::string token = server.tokenFor(userId);
    std::string personaId;
    auto client = server.client();
    for (const auto &[label, path] : requestsFor(server, token, personaId)) {
        run.order.push_back(label);
        run.timings[label] = timeRequests(*client, path, token, samples);
    }
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    const long long small = argc > 1 ? std::atoll(argv[1]) : 1000;
    const long long large = argc > 2 ? std::atoll(argv[2]) : 100000;
    const int samples = argc > 3 ? std::atoi(argv[3]) : 200;
    TempDir temp;
    const std::filesystem::path work = argc > 4 ? std::filesystem::path(argv[4]) : temp.path();
    const Run a = measure(work / "small", small, samples);
    const Run b = measure(work / "large", large, samples);
    std::printf("seed-scale: %lld conversations in %.1f s (load %s), %lld in %.1f s (load %s)\n",
                small, a.seedSeconds, a.load.c_str(), large, b.seedSeconds, b.load.c_str());
    std::printf("| Request | %lld: p50 / p95 ms | %lld: p50 / p95 ms | p95 ratio |\n", small,
                large);
    std::printf("|---|---|---|---|\n");
    for (const auto &label : a.order) {
        const Timing &x = a.timings.at(label);
        const Timing &y = b.timings.at(label);
        std::printf("| %s | %.2f / %.2f | %.2f / %.2f | %.2f |\n", label.c_str(), x.p50, x.p95,
                    y.p50, y.p95, y.p95 / x.p95);
    }
    std::printf("load average at the end: %s\n", loadAverage().c_str());
    return 0;
}
