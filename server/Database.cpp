#include "Database.h"

#include "Schema.h"
#include "TextFold.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace pli::server {

namespace {
[[noreturn]] void fail(sqlite3 *db, int rc, std::string_view what)
{
    DatabaseError error(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    error.sqliteCode = rc;
    throw error;
}

std::string_view textArgument(sqlite3_value *value)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(value));
    if (!data)
        return {};
    return {data, static_cast<size_t>(sqlite3_value_bytes(value))};
}

// pli_search_key(title, owner e-mail, owner name): conversationSearchKey(), for the triggers
// that keep each persona's list searchable (Schema.cpp).
void searchKeyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const std::string key =
        conversationSearchKey(textArgument(argv[0]), textArgument(argv[1]), textArgument(argv[2]));
    sqlite3_result_text(context, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}
} // namespace

Statement::Statement(sqlite3 *db, std::string_view sql)
    : m_db(db)
{
    const int rc =
        sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc, "prepare");
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, std::nullptr_t)
{
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, rc, "step");
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void Statement::run()
{
    while (next()) {
    }
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return std::string(data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

Database::Database(const std::filesystem::path &file)
{
    // Every hash and message is in there: the server user's alone. SQLite gives the -wal and
    // -shm files the mode of the database file.
    if (const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600); fd >= 0)
        ::close(fd);
    const int rc = sqlite3_open_v2(
        file.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
        nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        fail(nullptr, rc, "open");
    }
    sqlite3_busy_timeout(m_db, 5000);
    // Before the migrations, which use it. Every connection that writes conversations needs it.
    sqlite3_create_function(m_db, "pli_search_key", 3,
                            SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                            searchKeyFunction, nullptr, nullptr);
    exec("PRAGMA journal_mode=WAL");
    // FULL: a committed transaction survives even an OS crash, not just a process exit.
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA foreign_keys=ON");
    migrate();
}

Database::~Database()
{
    if (m_db) {
        sqlite3_exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

void Database::exec(std::string_view sqlScript)
{
    const std::string sql(sqlScript);
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : "exec";
        sqlite3_free(error);
        DatabaseError e("exec: " + message);
        e.sqliteCode = rc;
        throw e;
    }
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::schemaVersion()
{
    auto guard = lock();
    auto st = query("PRAGMA user_version");
    return st.next() ? static_cast<int>(st.integer(0)) : 0;
}

void Database::migrate()
{
    const auto &migrations = schemaMigrations();
    int version = schemaVersion();
    for (int target = version + 1; target <= static_cast<int>(migrations.size()); ++target) {
        transaction([&] {
            exec(migrations[static_cast<size_t>(target - 1)]);
            exec("PRAGMA user_version=" + std::to_string(target));
        });
    }
}

} // namespace pli::server
