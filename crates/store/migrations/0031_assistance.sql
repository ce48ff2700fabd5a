-- Digital assistance and mandates (journey J4).
--
-- A mandate is given by a person to the organisation (not to a worker) for some areas
-- (tax, pension…) over a period of Brussels calendar days, both ends included. The exact
-- printed form is fingerprinted (its data and the template version) so that what the
-- person signed can be shown to be what guichet holds. Areas are revoked one by one or
-- all together; a revocation takes effect on the day it is recorded.
CREATE TABLE mandates (
    id %ID%,
    person_id BIGINT NOT NULL REFERENCES persons(id),
    -- The team that collected it: the organisation holds it through that team.
    team_id BIGINT NOT NULL REFERENCES teams(id),
    collected_by BIGINT NOT NULL REFERENCES users(id),
    duration TEXT NOT NULL,
    start_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    -- Has the person already given a mandate elsewhere: 'yes', 'no', 'unknown'.
    elsewhere TEXT NOT NULL,
    -- The language of the printed form, and the fingerprint of exactly what was printed.
    language TEXT NOT NULL,
    template_version BIGINT NOT NULL,
    document_hash TEXT NOT NULL,
    -- The mandate this one renews, if any.
    renews BIGINT REFERENCES mandates(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX mandates_person ON mandates (person_id);
CREATE INDEX mandates_last_day ON mandates (last_day);

CREATE TABLE mandate_areas (
    mandate_id BIGINT NOT NULL REFERENCES mandates(id),
    area TEXT NOT NULL,
    -- 'desk', 'phone', 'letter': how the person said stop.
    revoked_on TEXT,
    revoked_how TEXT,
    revoked_by BIGINT REFERENCES users(id),
    PRIMARY KEY (mandate_id, area)
);

-- The organisation's own platforms, beside the shipped Belgian vocabulary.
CREATE TABLE assistance_platforms (
    code TEXT PRIMARY KEY,
    area TEXT NOT NULL,
    label_fr TEXT NOT NULL,
    label_nl TEXT NOT NULL,
    label_en TEXT NOT NULL,
    archived BIGINT NOT NULL DEFAULT 0
);

-- One act of digital assistance: for a person of a file, or for an anonymous walk-in
-- (person_id NULL; only an age band, a postcode and a language, never a name). The
-- recording worker is kept for the person's right to know who acted for them; figures
-- are never grouped by worker.
CREATE TABLE assistance_acts (
    id %ID%,
    person_id BIGINT REFERENCES persons(id),
    team_id BIGINT NOT NULL REFERENCES teams(id),
    site_id BIGINT REFERENCES sites(id),
    recorded_by BIGINT NOT NULL REFERENCES users(id),
    day TEXT NOT NULL,
    platform TEXT NOT NULL,
    mode TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    -- Codes separated by spaces.
    barriers TEXT NOT NULL,
    autonomy TEXT NOT NULL,
    equipment TEXT NOT NULL,
    redirect_kind TEXT,
    redirect_service TEXT,
    -- The mandate an act done for the person was covered by.
    mandate_id BIGINT REFERENCES mandates(id),
    age_band TEXT,
    postcode TEXT,
    language TEXT,
    note_id BIGINT REFERENCES notes(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX assistance_acts_person ON assistance_acts (person_id);
CREATE INDEX assistance_acts_day ON assistance_acts (team_id, day);

-- A call to the person before a mandate ends, to ask whether they want to renew it.
ALTER TABLE tasks ADD COLUMN mandate_id BIGINT REFERENCES mandates(id);

-- The signed form, scanned or photographed (PDF, JPEG or PNG, checked by its first bytes,
-- at most 5 MB): one per mandate, replaced when sent again, erased with the file.
CREATE TABLE mandate_scans (
    mandate_id BIGINT PRIMARY KEY REFERENCES mandates(id),
    content_type TEXT NOT NULL,
    bytes %BLOB% NOT NULL,
    size BIGINT NOT NULL,
    uploaded_at BIGINT NOT NULL,
    uploaded_by BIGINT NOT NULL REFERENCES users(id)
);
