CREATE TABLE playlists (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    smart      INTEGER NOT NULL DEFAULT 0,
    query      TEXT,
    created_at INTEGER NOT NULL DEFAULT (strftime('%s', 'now'))
);

CREATE TABLE playlist_tracks (
    playlist_id INTEGER NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    track_id    INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
    PRIMARY KEY (playlist_id, position)
) WITHOUT ROWID;

CREATE TRIGGER playlist_tracks_compact AFTER DELETE ON playlist_tracks
FOR EACH ROW BEGIN
    UPDATE playlist_tracks SET position = position - 1
     WHERE playlist_id = OLD.playlist_id AND position > OLD.position;
END;

INSERT INTO playlists (name, smart, query) VALUES
    ('Recently added', 1, 'added_at > strftime(''%s'', ''now'', ''-30 days'')'),
    ('Top rated', 1, 'rating >= 4'),
    ('Favourites', 0, NULL);
