PRAGMA application_id = 1296647233;
PRAGMA foreign_keys = true;

CREATE TABLE artists (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    sort_name  TEXT NOT NULL GENERATED ALWAYS AS (lower(trim(name))) STORED,
    mbid       TEXT UNIQUE ON CONFLICT IGNORE,
    added_at   TEXT NOT NULL DEFAULT (strftime('%s', 'now'))
);

CREATE TABLE albums (
    id         INTEGER PRIMARY KEY,
    artist_id  INTEGER NOT NULL REFERENCES artists (id) ON DELETE CASCADE ON UPDATE CASCADE,
    title      TEXT NOT NULL,
    year       INTEGER CHECK (year BETWEEN 1877 AND 2100),
    cover      BLOB,
    UNIQUE (artist_id, title) ON CONFLICT REPLACE
);

CREATE TABLE tracks (
    id          INTEGER PRIMARY KEY,
    album_id    INTEGER REFERENCES albums (id) ON DELETE SET NULL,
    title       TEXT NOT NULL,
    number      INTEGER,
    disc        INTEGER NOT NULL DEFAULT 1,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    path        TEXT NOT NULL UNIQUE,
    size        INTEGER,
    mtime       INTEGER,
    rating      INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 5),
    play_count  INTEGER NOT NULL DEFAULT 0,
    duration_s  INTEGER GENERATED ALWAYS AS (duration_ms / 1000) VIRTUAL
);

CREATE INDEX tracks_album ON tracks (album_id, disc, number);
CREATE INDEX albums_artist ON albums (artist_id);
CREATE INDEX artists_sort ON artists (sort_name);
