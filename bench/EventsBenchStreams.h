#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

// Many Server-Sent Events streams read by one thread (epoll), for pli-bench-events: opens
// /events connections, decodes their chunked bodies, and matches each message.created to the
// post announced with expect(), recording the delay.
class Streams
{
public:
    using Clock = std::chrono::steady_clock;

    explicit Streams(int port);
    ~Streams(); // closes every connection

    void open(const std::string &userId, const std::string &token);
    // Waits until every connection has its status (or the timeout); returns how many are open.
    int waitOpen(std::chrono::seconds timeout);
    int refused() const;

    // A message is about to be posted to the conversation, whose other member is userId: its
    // message.created is expected on each of that user's open streams. False (nothing
    // recorded) while an earlier post there has not reached all of them.
    bool expect(const std::string &conversationId, const std::string &userId, Clock::time_point at);
    // Waits until every expected event arrived (or the timeout).
    void drain(std::chrono::seconds timeout);
    std::vector<double> delaysMs() const;
    int expected() const;

private:
    struct Connection;
    struct Pending
    {
        Clock::time_point sentAt;
        int remaining = 0;
    };
    void run();
    void receive(Connection &connection);
    void onEvent(const std::string &type, const std::string &data);

    int m_port;
    int m_epoll = -1;
    int m_wake[2] = {-1, -1};
    std::vector<std::unique_ptr<Connection>> m_connections;
    mutable std::mutex m_mutex;
    std::map<std::string, Pending> m_pending; // by conversation id
    std::vector<double> m_delays;
    int m_expected = 0;
    std::thread m_thread;
};
