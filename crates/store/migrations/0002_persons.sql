-- Person files as people have them: any number of names, a birth date that may be
-- partly unknown, an optional national number with its history, several phones and
-- email addresses (never unique: families share them).

ALTER TABLE persons ADD COLUMN usual_name TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN birth_year BIGINT;
ALTER TABLE persons ADD COLUMN birth_month BIGINT;
ALTER TABLE persons ADD COLUMN birth_day BIGINT;
ALTER TABLE persons ADD COLUMN niss TEXT;
-- Normalised words of all names (no accents, lower case, sorted), for finding duplicates.
ALTER TABLE persons ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX persons_niss ON persons(niss);
CREATE INDEX persons_birth ON persons(birth_year, birth_month, birth_day);

CREATE TABLE person_niss_history (
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    niss TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (person_id, niss)
);

CREATE TABLE person_phones (
    id %ID%,
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    kind TEXT NOT NULL,
    holder TEXT NOT NULL DEFAULT '',
    position BIGINT NOT NULL
);
CREATE INDEX person_phones_person ON person_phones(person_id);
CREATE INDEX person_phones_number ON person_phones(number);

CREATE TABLE person_emails (
    id %ID%,
    person_id BIGINT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    holder TEXT NOT NULL DEFAULT '',
    position BIGINT NOT NULL
);
CREATE INDEX person_emails_person ON person_emails(person_id);

-- How to reach the person: ordered channels, language, needs (comma-separated codes
-- from guichet_domain::contact), and the postal address.
ALTER TABLE persons ADD COLUMN channels TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN language_other TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN needs TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN trusted_third TEXT NOT NULL DEFAULT '';
-- 'unknown', 'belgian', 'foreign' or 'no-fixed' (then contact_address says where post goes).
ALTER TABLE persons ADD COLUMN address_kind TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE persons ADD COLUMN street TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN municipality TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN contact_address TEXT NOT NULL DEFAULT '';
