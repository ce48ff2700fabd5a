-- Break-glass and the access log (privacy issue).

-- A staff member opened a file their teams do not follow, with a written reason. The
-- access lasts until expires_at (24 hours); the DPO sees every row and so does the person.
CREATE TABLE break_glass (
    id %ID%,
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX break_glass_user ON break_glass(user_id, expires_at);
CREATE INDEX break_glass_person ON break_glass(person_id);

-- Every read, print and export of a person's data. Append-only in the application, and
-- hash-chained: hash = SHA-256 (hex) of the previous row's hash and this row's fields, so
-- that `guichet verify-log` detects any row changed, removed or inserted in the database.
-- No foreign keys: the log outlives accounts and files (ids only, no names).
CREATE TABLE access_log (
    id %ID%,
    at BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    -- 'read', 'print', 'export', 'break-glass'
    action TEXT NOT NULL,
    -- What was looked at, in words of the application (e.g. 'person', 'request 12', 'acknowledgement 12').
    what TEXT NOT NULL,
    -- The written reason of a break-glass access; empty otherwise.
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX access_log_person ON access_log(person_id, at);
CREATE INDEX access_log_at ON access_log(at);

-- The two ends of the chain, in one row (id = 1) that every writer updates first, which
-- serialises writers on both databases. head_hash: hash of the newest row ('' when none).
-- anchor_hash: the prev_hash expected of the oldest remaining row ('' at the start; a purge
-- of old entries sets it to the hash of the last row it removed).
CREATE TABLE access_log_chain (
    id BIGINT PRIMARY KEY,
    head_hash TEXT NOT NULL,
    anchor_hash TEXT NOT NULL
);
INSERT INTO access_log_chain (id, head_hash, anchor_hash) VALUES (1, '', '');
