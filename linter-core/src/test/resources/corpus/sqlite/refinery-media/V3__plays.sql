CREATE TABLE plays (
    id        INTEGER PRIMARY KEY,
    track_id  INTEGER NOT NULL REFERENCES tracks (id) ON DELETE CASCADE,
    played_at INTEGER NOT NULL,
    source    TEXT NOT NULL DEFAULT 'local'
);
CREATE INDEX plays_track_time ON plays (track_id, played_at);

CREATE TRIGGER plays_count AFTER INSERT ON plays
BEGIN
    UPDATE tracks SET play_count = play_count + 1 WHERE id = NEW.track_id;
END;

CREATE VIEW top_tracks AS
WITH recent AS (
    SELECT track_id, count(*) AS n
      FROM plays
     WHERE played_at > strftime('%s', 'now', '-90 days')
     GROUP BY track_id
)
SELECT t.id, t.title, a.title AS album, r.n AS plays
  FROM recent r
  JOIN tracks t ON t.id = r.track_id
  LEFT JOIN albums a ON a.id = t.album_id
 ORDER BY r.n DESC
 LIMIT 100;
