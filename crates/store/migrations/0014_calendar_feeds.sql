-- A worker's private, read-only calendar feed: one secret link per worker. Only the
-- token's hash is kept; the link is shown once, when made. Making a new one stops the old.
CREATE TABLE calendar_feeds (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
