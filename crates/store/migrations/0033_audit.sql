-- The participatory audit (journey J7): a team answers a questionnaire on its digital
-- practice, anonymously, online or with a one-time paper code.
--
-- How an answer is kept from its author, even for someone reading the database:
--
-- * An answer is split into rows that stand alone: one row per rating of a statement
--   (audit_ratings) and one per comment (audit_comments). No row names a user, a code or
--   a participation, and no column points to one (no foreign key but to the round).
--   Nothing ties the ratings of one answer to each other, nor to its comments.
-- * No time is kept with them, not even the day: only the round has days (opened,
--   closed). The round counts its answers (audit_rounds.answers).
-- * Their keys are random (128 bits in hex, made by guichet), never a sequence. On
--   SQLite the tables are WITHOUT ROWID: rows are stored in the order of their keys, so
--   the file's order is random, not the order of answering.
-- * Every answer rewrites, in the same transaction, all of its round's ratings, comments
--   and participations in the order of their keys (delete, then insert sorted). On
--   PostgreSQL the live rows of a round are then laid out in key order by that last
--   transaction, and all of them carry the same inserting transaction (xmin), so neither
--   the physical order nor the system columns follow the order of answering. The answer
--   takes the round's row first (`UPDATE audit_rounds … answers + 1`), so two answers
--   to one round never rewrite at once.
-- * Who answered online is kept (audit_participation: round and account, nothing else,
--   no time) only so an account answers once. A paper code is kept hashed (SHA-256),
--   with its round and whether it was used, never with an answer; the slips are printed
--   and handed out in any order.
--
-- What this does not hide: someone who copies the database after each answer can tell
-- the copies apart. Old versions of rewritten rows stay in the files until the space is
-- reused (SQLite's free pages and write-ahead log, PostgreSQL's dead tuples until
-- VACUUM); they carry no time nor author either.
CREATE TABLE audit_rounds (
    id %ID%,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    title TEXT NOT NULL,
    opened_by BIGINT NOT NULL REFERENCES users(id),
    -- Brussels days, YYYY-MM-DD.
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    answers BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX audit_rounds_team ON audit_rounds (team_id);

CREATE TABLE audit_codes (
    code_hash TEXT PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES audit_rounds(id),
    used BIGINT NOT NULL DEFAULT 0
-- [sqlite]
) WITHOUT ROWID;
-- [end]
-- [postgres]
);
-- [end]

CREATE TABLE audit_participation (
    round_id BIGINT NOT NULL REFERENCES audit_rounds(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    PRIMARY KEY (round_id, user_id)
-- [sqlite]
) WITHOUT ROWID;
-- [end]
-- [postgres]
);
-- [end]

-- One rating of one statement; rating NULL is "don't know".
CREATE TABLE audit_ratings (
    id TEXT PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES audit_rounds(id),
    statement TEXT NOT NULL,
    rating BIGINT
-- [sqlite]
) WITHOUT ROWID;
-- [end]
-- [postgres]
);
-- [end]
CREATE INDEX audit_ratings_round ON audit_ratings (round_id, id);

CREATE TABLE audit_comments (
    id TEXT PRIMARY KEY,
    round_id BIGINT NOT NULL REFERENCES audit_rounds(id),
    theme TEXT NOT NULL,
    body TEXT NOT NULL
-- [sqlite]
) WITHOUT ROWID;
-- [end]
-- [postgres]
);
-- [end]
CREATE INDEX audit_comments_round ON audit_comments (round_id, id);

-- The team's action plan: the recommendations it took up, what it will do, who sees to
-- it and by when (written by the team, never by one person's name alone).
CREATE TABLE audit_plan (
    round_id BIGINT NOT NULL REFERENCES audit_rounds(id),
    recommendation TEXT NOT NULL,
    action TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_on TEXT,
    PRIMARY KEY (round_id, recommendation)
);
