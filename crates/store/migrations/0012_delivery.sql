-- Delivery of the outbox by the worker: subject (email), attempts and backoff, a lease
-- ("claimed until") with the claim's token so that two workers never send the same row,
-- what the provider answered, and messages to staff (person_id NULL, user_id set).
-- last_error is a short technical reason, never personal data.

ALTER TABLE outbox ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at BIGINT;
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT;
ALTER TABLE outbox ADD COLUMN claim_token TEXT;
ALTER TABLE outbox ADD COLUMN sent_at BIGINT;
ALTER TABLE outbox ADD COLUMN provider_ref TEXT;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
ALTER TABLE outbox ADD COLUMN user_id BIGINT REFERENCES users(id) ON DELETE CASCADE;
CREATE INDEX outbox_claim ON outbox(claim_token);

-- A staff member's address for messages to them, and their weekly working hours
-- (WeeklyHours storage format; NULL = no limit): the right to disconnect.
ALTER TABLE users ADD COLUMN email TEXT;
ALTER TABLE users ADD COLUMN working_hours TEXT;
