CREATE VIRTUAL TABLE IF NOT EXISTS tracks_fts USING fts5(title, album, performer, content='', contentless_delete=1);
CREATE VIRTUAL TABLE track_spellfix USING fts4(title, tokenize=unicode61);
CREATE VIRTUAL TABLE track_rtree USING rtree(id, min_bpm, max_bpm);

CREATE TRIGGER tracks_fts_insert AFTER INSERT ON tracks BEGIN
    INSERT INTO tracks_fts (rowid, title, album, performer)
    SELECT NEW.id, NEW.title, a.title, p.name
      FROM albums a JOIN performers p ON p.id = a.artist_id
     WHERE a.id = NEW.album_id;
END;

CREATE TRIGGER tracks_fts_delete AFTER DELETE ON tracks BEGIN
    DELETE FROM tracks_fts WHERE rowid = OLD.id;
END;

CREATE TABLE stats (
    key   TEXT PRIMARY KEY,
    value ANY
) STRICT, WITHOUT ROWID;

INSERT INTO stats (key, value) VALUES ('schema', 6), ('scanner', 'v2');
DROP TRIGGER IF EXISTS plays_count;
CREATE TRIGGER IF NOT EXISTS plays_count AFTER INSERT ON plays
BEGIN
    UPDATE tracks SET play_count = play_count + 1 WHERE id = NEW.track_id;
    INSERT INTO stats (key, value) VALUES ('plays', 1)
        ON CONFLICT (key) DO UPDATE SET value = value + 1;
END;
PRAGMA user_version = 6;
PRAGMA analysis_limit = 400;
ANALYZE performers;
