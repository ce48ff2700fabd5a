-- The person's journal: free text first, optional tags, optionally linked to one of the
-- person's requests. The compartment decides who may read a note; a private note is
-- read by its author only (see guichet_domain::policy).
CREATE TABLE notes (
    id %ID%,
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    request_id BIGINT REFERENCES requests(id) ON DELETE SET NULL,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    compartment TEXT NOT NULL,
    body TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '',
    private BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX notes_person ON notes(person_id, created_at);
