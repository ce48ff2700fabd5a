-- The directory of local services (journey J5), shaped on Open Referral HSDS 3.0. No person
-- data. Each HSDS entity is kept whole as JSON (`doc`, the domain type of
-- guichet_domain::directory), keyed by its HSDS id so that re-importing a source updates
-- what it brought; the columns beside it are what searches, filters and the API use.

-- Where listings came from: a file imported by a coordinator, or "guichet" for listings
-- written here. A re-import of the same source name updates its listings.
CREATE TABLE dir_sources (
    id %ID%,
    name TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    imported_at BIGINT NOT NULL
);

CREATE TABLE dir_organizations (
    id TEXT PRIMARY KEY,
    source_id BIGINT REFERENCES dir_sources(id),
    name TEXT NOT NULL,
    doc TEXT NOT NULL,
    modified_at BIGINT NOT NULL
);

CREATE TABLE dir_locations (
    id TEXT PRIMARY KEY,
    source_id BIGINT REFERENCES dir_sources(id),
    organization_id TEXT,
    postal_code TEXT,
    city_key TEXT,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    doc TEXT NOT NULL,
    modified_at BIGINT NOT NULL
);

-- team_id: the team of this guichet that runs the service (its incoming referrals and its
-- reminders to check the listing); NULL for services of other organisations.
CREATE TABLE dir_services (
    id TEXT PRIMARY KEY,
    source_id BIGINT REFERENCES dir_sources(id),
    organization_id TEXT,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    team_id BIGINT REFERENCES teams(id),
    last_checked TEXT,
    check_every_months BIGINT,
    reminded_at BIGINT,
    doc TEXT NOT NULL,
    modified_at BIGINT NOT NULL
);
CREATE INDEX dir_services_org ON dir_services (organization_id);
CREATE INDEX dir_services_modified ON dir_services (modified_at);

CREATE TABLE dir_service_at_locations (
    id TEXT PRIMARY KEY,
    source_id BIGINT REFERENCES dir_sources(id),
    service_id TEXT NOT NULL,
    location_id TEXT NOT NULL,
    doc TEXT NOT NULL,
    modified_at BIGINT NOT NULL
);
CREATE INDEX dir_sal_service ON dir_service_at_locations (service_id);
CREATE INDEX dir_sal_location ON dir_service_at_locations (location_id);

CREATE TABLE dir_taxonomies (
    id TEXT PRIMARY KEY,
    source_id BIGINT REFERENCES dir_sources(id),
    doc TEXT NOT NULL
);

CREATE TABLE dir_taxonomy_terms (
    id TEXT PRIMARY KEY,
    source_id BIGINT REFERENCES dir_sources(id),
    taxonomy_id TEXT,
    doc TEXT NOT NULL
);

-- What a search reads: one row per place where a service is offered (a service at a
-- location, or a service with no location), rebuilt whenever the service, its
-- organisation or the location changes.
--   words: the text searched, every word folded (no accents, lower case) and followed by
--          its French, Dutch and English stems, so both databases find the same listings;
--   topics, languages, access: codes between spaces (' fr ar '), matched with LIKE;
--   timetable: the schedules and closures in force, JSON, for open now and next slot;
--   turn: a random number; results equal on everything else are taken in turns by day.
CREATE TABLE dir_listings (
    id %ID%,
    service_id TEXT NOT NULL,
    location_id TEXT,
    sal_id TEXT,
    name TEXT NOT NULL,
    organization_name TEXT NOT NULL,
    words TEXT NOT NULL,
    topics TEXT NOT NULL,
    languages TEXT NOT NULL,
    access TEXT NOT NULL,
    postal_code TEXT,
    city_key TEXT,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    free BIGINT NOT NULL,
    wheelchair BIGINT NOT NULL,
    status TEXT NOT NULL,
    last_checked TEXT,
    timetable TEXT NOT NULL,
    turn BIGINT NOT NULL
);
CREATE INDEX dir_listings_service ON dir_listings (service_id);
CREATE INDEX dir_listings_location ON dir_listings (location_id);
CREATE INDEX dir_listings_postal ON dir_listings (postal_code);
-- [sqlite]
CREATE VIRTUAL TABLE dir_listings_fts USING fts5 (words, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
-- [end]
-- [postgres]
ALTER TABLE dir_listings ADD COLUMN words_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', words)) STORED;
CREATE INDEX dir_listings_words ON dir_listings USING gin (words_tsv);
-- [end]

-- An import checked and waiting for a coordinator's choice, then applied (all of it or
-- nothing) or discarded. `directory` holds the valid records read (JSON), `problems` the
-- bad ones with their file and line; both are emptied once applied or discarded.
--   status: checked, applied, failed, discarded.
CREATE TABLE dir_imports (
    id %ID%,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    files TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    counts TEXT NOT NULL,
    problems TEXT NOT NULL,
    directory TEXT NOT NULL,
    finished_at BIGINT,
    added BIGINT,
    updated BIGINT
);
