#include "Schema.h"

namespace pli::server {

// Conventions: ids are opaque TEXT; times are INTEGER unix seconds (UTC); secrets (tokens,
// e-mailed codes) are stored only as SHA-256 hex digests; passwords only as KDF hashes.
static const char *const kMigration1 = R"SQL(
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL,                       -- where e-mailed codes and notices go
    organization TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('participant', 'collaborator')),
    active INTEGER NOT NULL DEFAULT 1,          -- 0: deactivated (their conversations are read-only)
    password_hash TEXT,                         -- NULL until an invitation is accepted
    password_must_change INTEGER NOT NULL DEFAULT 0,  -- temporary password
    password_changed_at INTEGER NOT NULL DEFAULT 0,   -- expiry is computed from this
    totp_secret TEXT,                           -- base32; NULL: not enrolled yet
    totp_device_name TEXT,
    totp_last_step INTEGER NOT NULL DEFAULT 0,  -- replay protection: last accepted time step
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0,          -- 423 account_locked until unlocked by e-mail
    created_at INTEGER NOT NULL
);

CREATE TABLE personas (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,        -- unique among verified personas (index below)
    display_name TEXT NOT NULL DEFAULT '',
    verified INTEGER NOT NULL DEFAULT 1,
    verify_code_hash TEXT,
    verify_expires_at INTEGER,
    verify_attempts INTEGER NOT NULL DEFAULT 0, -- wrong codes; the code dies after 5
    created_at INTEGER NOT NULL
);
CREATE INDEX personas_user ON personas(user_id);
-- Unverified claims may share an address (adding one must not reveal that it is taken); only
-- one verified persona may hold it.
CREATE UNIQUE INDEX personas_verified_email ON personas(email) WHERE verified = 1;

-- A sign-in in progress between /auth/login and the final tokens.
CREATE TABLE challenges (
    id_hash TEXT PRIMARY KEY,                   -- sha256 of the challenge token
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('second_factor', 'totp_enrollment', 'password_change')),
    device_name TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    pending_totp_secret TEXT,                   -- enrolment: the secret being set up
    email_code_hash TEXT,
    email_code_expires_at INTEGER,
    email_code_sent_at INTEGER,
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    family_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    device_name TEXT,
    used INTEGER NOT NULL DEFAULT 0,            -- rotated: reusing it revokes the family
    revoked INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX refresh_tokens_family ON refresh_tokens(family_id);

CREATE TABLE access_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    family_id TEXT,                             -- NULL for tokens minted by the admin CLI
    expires_at INTEGER NOT NULL
);
CREATE INDEX access_tokens_family ON access_tokens(family_id);

-- Single-use, expiring tokens sent by e-mail: password reset, invitation, unlock.
CREATE TABLE one_time_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('password_reset', 'invitation', 'unlock')),
    used INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    owner_persona_id TEXT NOT NULL REFERENCES personas(id),
    created_at INTEGER NOT NULL,
    modified_at INTEGER NOT NULL                -- last activity
);

-- Every persona taking part (the owner's persona included, role 'collaborator').
CREATE TABLE conversation_members (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    persona_id TEXT NOT NULL REFERENCES personas(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('participant', 'collaborator')),
    is_new INTEGER NOT NULL DEFAULT 1,          -- never opened by this member (bold)
    deleted INTEGER NOT NULL DEFAULT 0,         -- removed from this member's list
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, persona_id)
);
CREATE INDEX conversation_members_persona ON conversation_members(persona_id);

CREATE TABLE messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,      -- total order inside the server
    id TEXT NOT NULL UNIQUE,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    sender_persona_id TEXT NOT NULL REFERENCES personas(id),
    body TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    expires_at INTEGER                          -- NULL: never expires
);
CREATE INDEX messages_conversation ON messages(conversation_id, seq);

-- Which persona has opened which message (a sender's own messages count as opened).
CREATE TABLE message_opens (
    message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    persona_id TEXT NOT NULL REFERENCES personas(id) ON DELETE CASCADE,
    opened_at INTEGER NOT NULL,
    PRIMARY KEY (message_id, persona_id)
);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,                       -- lowercase hex
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE INDEX attachments_message ON attachments(message_id, position);

-- tus uploads; the bytes live in <data>/uploads/<id>.
CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    length INTEGER NOT NULL,
    offset INTEGER NOT NULL DEFAULT 0,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    sha256 TEXT,                                -- set when complete
    attached INTEGER NOT NULL DEFAULT 0,        -- became an attachment
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX uploads_user ON uploads(user_id);

CREATE TABLE activity (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    persona_id TEXT NOT NULL REFERENCES personas(id),
    action TEXT NOT NULL CHECK (action IN ('created', 'posted', 'opened', 'downloaded', 'deleted')),
    at INTEGER NOT NULL
);
CREATE INDEX activity_conversation ON activity(conversation_id);

CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (user_id, email)
);

-- Server-sent events kept for Last-Event-ID replay (pruned by age).
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    data TEXT NOT NULL,                          -- JSON
    at INTEGER NOT NULL
);
CREATE INDEX events_user ON events(user_id, id);
)SQL";

// Version 2 (issue 12, hardening): persona verification is capped per day, not per code;
// expired messages lose their text and files; the attachments of conversations that no member
// lists any more are removed after the retention period.
static const char *const kMigration2 = R"SQL(
ALTER TABLE personas ADD COLUMN verify_day_start INTEGER NOT NULL DEFAULT 0;   -- 24 h of attempts from here
ALTER TABLE personas ADD COLUMN verify_day_failures INTEGER NOT NULL DEFAULT 0; -- wrong codes in them
ALTER TABLE personas ADD COLUMN verify_day_codes INTEGER NOT NULL DEFAULT 0;    -- codes mailed in them

ALTER TABLE messages ADD COLUMN purged INTEGER NOT NULL DEFAULT 0; -- expired: text and files removed
CREATE INDEX messages_unpurged_expiry ON messages(expires_at)
    WHERE purged = 0 AND expires_at IS NOT NULL;

-- When the last member removed the conversation from their list; NULL while a member lists it,
-- and again once its attachments were removed.
ALTER TABLE conversations ADD COLUMN unlisted_at INTEGER;
CREATE INDEX conversations_unlisted ON conversations(unlisted_at) WHERE unlisted_at IS NOT NULL;
UPDATE conversations SET unlisted_at = (
    SELECT MAX(a.at) FROM activity a WHERE a.conversation_id = conversations.id AND a.action = 'deleted')
WHERE NOT EXISTS (SELECT 1 FROM conversation_members m
                  WHERE m.conversation_id = conversations.id AND m.deleted = 0);
)SQL";

// Version 3: e-mail-only and passwordless participants, the language of a user's e-mails, a
// per-user cool-down of e-mailed codes, and the settings an admin process shares with `serve`.
static const char *const kMigration3 = R"SQL(
ALTER TABLE users ADD COLUMN second_factor TEXT NOT NULL DEFAULT 'totp'
    CHECK (second_factor IN ('totp', 'email'));  -- email: a code is e-mailed at every sign-in
ALTER TABLE users ADD COLUMN passwordless INTEGER NOT NULL DEFAULT 0; -- the e-mailed code alone
ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('en', 'fr')); -- NULL: server's
ALTER TABLE users ADD COLUMN email_code_sent_at INTEGER; -- last sign-in code mailed (cool-down)
ALTER TABLE challenges ADD COLUMN language TEXT; -- from Accept-Language, adopted at the end
CREATE INDEX challenges_user ON challenges(user_id, created_at);
CREATE INDEX one_time_tokens_user ON one_time_tokens(user_id, kind, created_at);

-- What `serve` was told and admin commands need too (public_url, default_language).
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)SQL";

const std::vector<std::string> &schemaMigrations()
{
    static const std::vector<std::string> migrations{kMigration1, kMigration2, kMigration3};
    return migrations;
}

} // namespace pli::server
