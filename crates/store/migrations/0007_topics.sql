-- Topics the organisation adds: a label per language (at least one, the others fall back
-- to it) and an archived flag, so that a topic used by old requests is never deleted.
-- `label` keeps the label given first (French, else Dutch, else English).

ALTER TABLE custom_topics ADD COLUMN label_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE custom_topics ADD COLUMN label_nl TEXT NOT NULL DEFAULT '';
ALTER TABLE custom_topics ADD COLUMN label_en TEXT NOT NULL DEFAULT '';
ALTER TABLE custom_topics ADD COLUMN archived BIGINT NOT NULL DEFAULT 0;
