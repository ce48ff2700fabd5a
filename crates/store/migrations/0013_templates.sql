-- An organisation's own version of a message template (issue 5). No row: the text
-- shipped with guichet is used; "back to the shipped text" deletes the row.
CREATE TABLE message_templates (
    id %ID%,
    -- 'acknowledgement', 'appointment-confirmation', 'appointment-reminder',
    -- 'fridge-card', 'orientation-slip'
    kind TEXT NOT NULL,
    -- 'standard', 'easy-read', 'sms'
    variant TEXT NOT NULL,
    -- 'fr', 'nl', 'en', 'de'
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    UNIQUE (kind, variant, language)
);
