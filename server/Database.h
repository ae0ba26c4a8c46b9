#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace pli::server {

// One prepared statement; binds its arguments positionally and steps through rows.
class Statement
{
public:
    Statement(sqlite3 *db, std::string_view sql);
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    void bind(int index, std::nullptr_t);
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, std::string_view value);
    void bind(int index, const std::string &value) { bind(index, std::string_view(value)); }
    void bind(int index, const char *value) { bind(index, std::string_view(value)); }
    template<class T> void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bind(index, nullptr);
    }

    template<class... Args> void bindAll(const Args &...args)
    {
        int index = 1;
        (bind(index++, args), ...);
    }

    // Advances to the next row; false when done. Throws DatabaseError on failure.
    bool next();
    // Runs a statement that returns no rows.
    void run();
    // Makes the statement ready to bind and run again (a loop inserting many rows).
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// Thrown for SQLite failures; the HTTP layer turns it into a 500 without leaking the message.
class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
    int sqliteCode = 0;
};

// The server's SQLite database (WAL mode, versioned migrations). One connection guarded by a
// mutex: callers hold the lock for short, I/O-free work only (never hashing or file streaming).
// The connection knows the SQL function pli_search_key() that the schema's triggers call.
class Database
{
public:
    explicit Database(const std::filesystem::path &file);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Prepares a statement and binds the arguments. Caller must hold lock().
    template<class... Args> Statement query(std::string_view sql, const Args &...args)
    {
        Statement st(m_db, sql);
        st.bindAll(args...);
        return st;
    }
    // Executes a statement and returns the number of changed rows. Caller must hold lock().
    template<class... Args> int execute(std::string_view sql, const Args &...args)
    {
        query(sql, args...).run();
        return changes();
    }
    void exec(std::string_view sqlScript);

    std::unique_lock<std::recursive_mutex> lock() { return std::unique_lock(m_mutex); }

    // Runs fn() under the lock inside BEGIN IMMEDIATE ... COMMIT; rolls back if fn throws.
    template<class F> auto transaction(F &&fn) -> decltype(fn())
    {
        auto guard = lock();
        exec("BEGIN IMMEDIATE");
        try {
            if constexpr (std::is_void_v<decltype(fn())>) {
                fn();
                exec("COMMIT");
            } else {
                auto result = fn();
                exec("COMMIT");
                return result;
            }
        } catch (...) {
            exec("ROLLBACK");
            throw;
        }
    }

    std::int64_t lastInsertRowId() const;
    int changes() const;
    int schemaVersion();

private:
    void migrate();

    sqlite3 *m_db = nullptr;
    std::recursive_mutex m_mutex;
};

} // namespace pli::server
