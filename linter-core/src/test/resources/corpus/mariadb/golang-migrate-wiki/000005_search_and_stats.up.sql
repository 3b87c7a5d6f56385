CREATE SEQUENCE IF NOT EXISTS page_view_seq START WITH 1 INCREMENT BY 1 CACHE 100;

CREATE TABLE page_views (
  id BIGINT UNSIGNED NOT NULL DEFAULT NEXT VALUE FOR page_view_seq PRIMARY KEY,
  page_id INT UNSIGNED NOT NULL,
  viewer_id INT UNSIGNED NULL,
  viewed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY page_views_page_time (page_id, viewed_at)
) ENGINE=InnoDB
PARTITION BY RANGE (TO_DAYS(viewed_at)) (
  PARTITION p2024 VALUES LESS THAN (TO_DAYS('2025-01-01')),
  PARTITION p2025 VALUES LESS THAN (TO_DAYS('2026-01-01')),
  PARTITION pmax VALUES LESS THAN MAXVALUE
);

CREATE OR REPLACE VIEW page_popularity AS
SELECT p.id, p.title, COUNT(v.id) AS views_30d
  FROM pages p
  LEFT JOIN page_views v ON v.page_id = p.id AND v.viewed_at > NOW() - INTERVAL 30 DAY
 GROUP BY p.id, p.title;

DELIMITER //
CREATE OR REPLACE PROCEDURE archive_space(IN p_space INT UNSIGNED)
MODIFIES SQL DATA
COMMENT 'Marks every page of a space archived'
BEGIN
  DECLARE done INT DEFAULT 0;
  START TRANSACTION;
  UPDATE pages SET archived_at = NOW() WHERE space_id = p_space AND archived_at IS NULL;
  UPDATE spaces SET access = 'archived' WHERE id = p_space;
  COMMIT;
END //
DELIMITER ;

ALTER TABLE page_views REORGANIZE PARTITION pmax INTO (
  PARTITION p2026 VALUES LESS THAN (TO_DAYS('2027-01-01')),
  PARTITION pmax VALUES LESS THAN MAXVALUE
);
ANALYZE TABLE pages, page_views;
SET GLOBAL innodb_stats_persistent = ON;
