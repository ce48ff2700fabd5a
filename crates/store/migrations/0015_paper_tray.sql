-- The paper tray: letters are printed in batches. A batch holds the letters that were
-- waiting when it was made; letters queued later go to the next one. Posting a batch
-- marks its letters sent. A letter withdrawn after printing stays in its batch and is
-- shown as "take it out".
CREATE TABLE print_batches (
    id %ID%,
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    posted_at BIGINT,
    posted_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
ALTER TABLE outbox ADD COLUMN batch_id BIGINT REFERENCES print_batches(id);
CREATE INDEX outbox_batch ON outbox(batch_id);
