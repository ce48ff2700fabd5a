-- Household links between person files, and the record of merged files.

-- "other_id is the <relation> of person_id". Every link is stored from both sides (the
-- relation inverted on the other row), so reading a household is one simple query.
CREATE TABLE household_links (
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    other_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    -- 'partner', 'child', 'parent', 'sibling', 'other-relative', 'lives-with'
    relation TEXT NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (person_id, other_id)
);
CREATE INDEX household_links_other ON household_links(other_id);

-- Two files of the same person merged into the older one. No names: only ids, so that the
-- old file's address leads to the kept file. No foreign key: both files may be gone later.
CREATE TABLE person_merges (
    id %ID%,
    kept_id BIGINT NOT NULL,
    merged_id BIGINT NOT NULL,
    merged_at BIGINT NOT NULL,
    by_user BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX person_merges_merged ON person_merges(merged_id);
