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

// Issue 15: every list a persona reads is answered from an index, however long it is. Each member
// row carries copies of what its persona's list sorts, filters and counts on; the triggers keep
// them current whoever writes (the API, the admin commands, seeding, tests arranging rows).
// Version 4, after those of hardening (2) and sign-in (3). What these add and take away is
// covered: purging an expired message (version 2) changes its body and `purged`, not what the
// triggers read, and it no longer counts as unread once expired anyway; a conversation becomes
// unlisted when its last member's row is marked deleted, which the list sizes follow; rows that
// are deleted (directly or by a cascade) fire the DELETE triggers.
static const char *const kMigration4 = R"SQL(
ALTER TABLE conversation_members ADD COLUMN modified_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversation_members ADD COLUMN title TEXT NOT NULL DEFAULT '' COLLATE NOCASE;
ALTER TABLE conversation_members ADD COLUMN owner_email TEXT NOT NULL DEFAULT '' COLLATE NOCASE;
-- pli_search_key(title, owner e-mail, owner name): folded for case and accents (TextFold.h),
-- a function of the server's connection (Database.cpp).
ALTER TABLE conversation_members ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
-- The conversation is unread for this member while this is later than now: the latest expiry of
-- the messages the member did not send and has not opened (9223372036854775807: one of them
-- never expires; 0: none).
ALTER TABLE conversation_members ADD COLUMN unread_until INTEGER NOT NULL DEFAULT 0;

-- What the member rows copy from their conversation.
CREATE VIEW conversation_list_keys AS
SELECT c.id AS conversation_id, c.modified_at, c.title, p.email AS owner_email,
       pli_search_key(c.title, p.email, COALESCE(NULLIF(p.display_name, ''), u.display_name))
           AS search_key
FROM conversations c JOIN personas p ON p.id = c.owner_persona_id JOIN users u ON u.id = p.user_id;

UPDATE conversation_members SET
    (modified_at, title, owner_email, search_key) =
        (SELECT modified_at, title, owner_email, search_key FROM conversation_list_keys k
         WHERE k.conversation_id = conversation_members.conversation_id),
    unread_until = COALESCE((SELECT MAX(COALESCE(x.expires_at, 9223372036854775807)) FROM messages x
      WHERE x.conversation_id = conversation_members.conversation_id
      AND x.sender_persona_id <> conversation_members.persona_id
      AND NOT EXISTS (SELECT 1 FROM message_opens o WHERE o.message_id = x.id
                      AND o.persona_id = conversation_members.persona_id)), 0);

-- One index per order of the list (sort and direction), each holding the search key so that a
-- filtered page is read from the index alone; deep pages skip index entries, not rows.
DROP INDEX conversation_members_persona;
CREATE INDEX conversation_members_by_modified
    ON conversation_members(persona_id, deleted, modified_at, conversation_id, search_key);
CREATE INDEX conversation_members_by_title_asc ON conversation_members(
    persona_id, deleted, title, modified_at DESC, conversation_id, search_key);
CREATE INDEX conversation_members_by_title_desc ON conversation_members(
    persona_id, deleted, title DESC, modified_at DESC, conversation_id DESC, search_key);
CREATE INDEX conversation_members_by_owner_asc ON conversation_members(
    persona_id, deleted, owner_email, modified_at DESC, conversation_id, search_key);
CREATE INDEX conversation_members_by_owner_desc ON conversation_members(
    persona_id, deleted, owner_email DESC, modified_at DESC, conversation_id DESC, search_key);
CREATE INDEX conversation_members_unread
    ON conversation_members(persona_id, deleted, unread_until);
CREATE INDEX conversations_owner ON conversations(owner_persona_id);
DROP INDEX activity_conversation;
CREATE INDEX activity_conversation ON activity(conversation_id, at, seq);
CREATE INDEX events_at ON events(at);

-- Unless the writer gave the copies (bulk seeding does: the key holds two U+001F at least).
CREATE TRIGGER conversation_members_listed AFTER INSERT ON conversation_members
WHEN NEW.search_key = '' BEGIN
    UPDATE conversation_members SET
        (modified_at, title, owner_email, search_key) =
            (SELECT modified_at, title, owner_email, search_key FROM conversation_list_keys
             WHERE conversation_id = NEW.conversation_id),
        unread_until = COALESCE((SELECT MAX(COALESCE(x.expires_at, 9223372036854775807)) FROM messages x
          WHERE x.conversation_id = conversation_members.conversation_id
          AND x.sender_persona_id <> conversation_members.persona_id
          AND NOT EXISTS (SELECT 1 FROM message_opens o WHERE o.message_id = x.id
                          AND o.persona_id = conversation_members.persona_id)), 0)
    WHERE conversation_id = NEW.conversation_id AND persona_id = NEW.persona_id;
END;

CREATE TRIGGER conversations_modified AFTER UPDATE OF modified_at ON conversations
WHEN NEW.modified_at IS NOT OLD.modified_at BEGIN
    UPDATE conversation_members SET modified_at = NEW.modified_at
    WHERE conversation_id = NEW.id;
END;

CREATE TRIGGER conversations_renamed AFTER UPDATE OF title, owner_persona_id ON conversations
WHEN NEW.title IS NOT OLD.title OR NEW.owner_persona_id IS NOT OLD.owner_persona_id BEGIN
    UPDATE conversation_members SET (title, owner_email, search_key) =
        (SELECT title, owner_email, search_key FROM conversation_list_keys
         WHERE conversation_id = NEW.id)
    WHERE conversation_id = NEW.id;
END;

CREATE TRIGGER personas_renamed AFTER UPDATE OF email, display_name ON personas
WHEN NEW.email IS NOT OLD.email OR NEW.display_name IS NOT OLD.display_name BEGIN
    UPDATE conversation_members SET (owner_email, search_key) =
        (SELECT owner_email, search_key FROM conversation_list_keys k
         WHERE k.conversation_id = conversation_members.conversation_id)
    WHERE conversation_id IN (SELECT id FROM conversations WHERE owner_persona_id = NEW.id);
END;

CREATE TRIGGER users_renamed AFTER UPDATE OF display_name ON users
WHEN NEW.display_name IS NOT OLD.display_name BEGIN
    UPDATE conversation_members SET search_key =
        (SELECT search_key FROM conversation_list_keys k
         WHERE k.conversation_id = conversation_members.conversation_id)
    WHERE conversation_id IN (SELECT c.id FROM conversations c
                              JOIN personas p ON p.id = c.owner_persona_id
                              WHERE p.user_id = NEW.id);
END;

-- How many conversations each persona lists, kept as members come, go and are removed from a
-- list: an unfiltered list's total and a persona's conversation count are one row read, not a
-- count of the whole list.
CREATE TABLE persona_list_sizes (
    persona_id TEXT PRIMARY KEY REFERENCES personas(id) ON DELETE CASCADE,
    conversations INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO persona_list_sizes(persona_id, conversations)
SELECT persona_id, COUNT(*) FROM conversation_members WHERE deleted = 0 GROUP BY persona_id;

CREATE TRIGGER conversation_members_counted AFTER INSERT ON conversation_members
WHEN NEW.deleted = 0 BEGIN
    INSERT INTO persona_list_sizes(persona_id, conversations) VALUES (NEW.persona_id, 1)
    ON CONFLICT(persona_id) DO UPDATE SET conversations = conversations + 1;
END;

CREATE TRIGGER conversation_members_uncounted AFTER DELETE ON conversation_members
WHEN OLD.deleted = 0 BEGIN
    UPDATE persona_list_sizes SET conversations = conversations - 1
    WHERE persona_id = OLD.persona_id;
END;

CREATE TRIGGER conversation_members_recounted AFTER UPDATE OF deleted, persona_id
ON conversation_members
WHEN (OLD.deleted = 0) IS NOT (NEW.deleted = 0) OR OLD.persona_id IS NOT NEW.persona_id BEGIN
    UPDATE persona_list_sizes SET conversations = conversations - 1
    WHERE persona_id = OLD.persona_id AND OLD.deleted = 0;
    INSERT INTO persona_list_sizes(persona_id, conversations)
    SELECT NEW.persona_id, 1 WHERE NEW.deleted = 0
    ON CONFLICT(persona_id) DO UPDATE SET conversations = conversations + 1;
END;

-- A new message is unread for every member but its sender until it expires.
CREATE TRIGGER messages_unread AFTER INSERT ON messages BEGIN
    UPDATE conversation_members
    SET unread_until = MAX(unread_until, COALESCE(NEW.expires_at, 9223372036854775807))
    WHERE conversation_id = NEW.conversation_id AND persona_id <> NEW.sender_persona_id;
END;

-- Otherwise the member's state is computed again from its conversation's messages.
CREATE TRIGGER message_opens_read AFTER INSERT ON message_opens BEGIN
    UPDATE conversation_members SET unread_until = COALESCE((SELECT MAX(COALESCE(x.expires_at, 9223372036854775807)) FROM messages x
          WHERE x.conversation_id = conversation_members.conversation_id
          AND x.sender_persona_id <> conversation_members.persona_id
          AND NOT EXISTS (SELECT 1 FROM message_opens o WHERE o.message_id = x.id
                          AND o.persona_id = conversation_members.persona_id)), 0)
    WHERE conversation_id = (SELECT conversation_id FROM messages WHERE id = NEW.message_id)
      AND persona_id = NEW.persona_id;
END;

CREATE TRIGGER message_opens_forgotten AFTER DELETE ON message_opens BEGIN
    UPDATE conversation_members SET unread_until = COALESCE((SELECT MAX(COALESCE(x.expires_at, 9223372036854775807)) FROM messages x
          WHERE x.conversation_id = conversation_members.conversation_id
          AND x.sender_persona_id <> conversation_members.persona_id
          AND NOT EXISTS (SELECT 1 FROM message_opens o WHERE o.message_id = x.id
                          AND o.persona_id = conversation_members.persona_id)), 0)
    WHERE conversation_id = (SELECT conversation_id FROM messages WHERE id = OLD.message_id)
      AND persona_id = OLD.persona_id;
END;

CREATE TRIGGER messages_removed AFTER DELETE ON messages BEGIN
    UPDATE conversation_members SET unread_until = COALESCE((SELECT MAX(COALESCE(x.expires_at, 9223372036854775807)) FROM messages x
          WHERE x.conversation_id = conversation_members.conversation_id
          AND x.sender_persona_id <> conversation_members.persona_id
          AND NOT EXISTS (SELECT 1 FROM message_opens o WHERE o.message_id = x.id
                          AND o.persona_id = conversation_members.persona_id)), 0)
    WHERE conversation_id = OLD.conversation_id;
END;

CREATE TRIGGER messages_changed
AFTER UPDATE OF conversation_id, sender_persona_id, expires_at ON messages BEGIN
    UPDATE conversation_members SET unread_until = COALESCE((SELECT MAX(COALESCE(x.expires_at, 9223372036854775807)) FROM messages x
          WHERE x.conversation_id = conversation_members.conversation_id
          AND x.sender_persona_id <> conversation_members.persona_id
          AND NOT EXISTS (SELECT 1 FROM message_opens o WHERE o.message_id = x.id
                          AND o.persona_id = conversation_members.persona_id)), 0)
    WHERE conversation_id IN (OLD.conversation_id, NEW.conversation_id);
END;
)SQL";

const std::vector<std::string> &schemaMigrations()
{
    static const std::vector<std::string> migrations{kMigration1, kMigration2, kMigration3,
                                                     kMigration4};
    return migrations;
}

} // namespace pli::server
