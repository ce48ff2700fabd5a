-- Issue 12 (words for Belgium): a site's and a service's name in each language guichet
-- writes to persons in. Empty means "no form in that language": letters and messages then
-- use the main name.
ALTER TABLE sites ADD COLUMN name_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN name_nl TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN name_de TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN name_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN name_nl TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN name_de TEXT NOT NULL DEFAULT '';
