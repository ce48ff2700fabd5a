-- Failed sign-ins made visible (issue 13 §8): to the account's owner at their next sign-in,
-- and as counts per account to administrators. Only counts and times: no address, no
-- device, nothing typed.
-- failed_since_sign_in: failures since the last successful sign-in; at a sign-in they move
-- to failed_to_tell (with failed_to_tell_last_at), shown on the home page until dismissed.
ALTER TABLE users ADD COLUMN failed_since_sign_in BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_failed_at BIGINT;
ALTER TABLE users ADD COLUMN failed_to_tell BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN failed_to_tell_last_at BIGINT;
ALTER TABLE users ADD COLUMN last_sign_in_at BIGINT;

-- Failures per account and day (Unix day number), kept 30 days, for the administrators' list.
CREATE TABLE sign_in_failure_days (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    failures BIGINT NOT NULL,
    PRIMARY KEY (user_id, day)
);
