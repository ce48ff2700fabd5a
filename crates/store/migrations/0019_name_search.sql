-- Search finds a name by any part of it ("bois" finds Dubois). On PostgreSQL a trigram
-- index answers that without reading every file (large dataset, a common family name:
-- 22 ms to 7 ms per search). If the pg_trgm extension is not available, search still
-- works, reading every name as before. SQLite keeps reading the team's files
-- (see persons::search).
-- [postgres]
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available: name search reads every name';
END $$;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX persons_name_trgm ON persons USING gin (name_key gin_trgm_ops);
    END IF;
END $$;
-- [end]
