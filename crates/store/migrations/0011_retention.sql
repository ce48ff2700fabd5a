-- Retention rules set by the DPO, and the record of each purge (privacy issue).
CREATE TABLE retention_rules (
    -- 'closed-files' (anonymised N months after their last activity), 'access-log',
    -- 'sent-messages', 'walk-in-labels'
    kind TEXT PRIMARY KEY,
    months BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);

-- Counts only: what a purge removed or anonymised, never whom.
CREATE TABLE purge_runs (
    id %ID%,
    at BIGINT NOT NULL,
    dry_run BIGINT NOT NULL,
    summary TEXT NOT NULL
);

-- A file anonymised by retention keeps its row (requests stay countable) but no identity.
ALTER TABLE persons ADD COLUMN anonymised_at BIGINT;
