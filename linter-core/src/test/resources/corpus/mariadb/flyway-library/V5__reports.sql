CREATE OR REPLACE VIEW v_overdue AS
SELECT l.id AS loan_id, m.full_name, t.title, l.due_on, DATEDIFF(CURDATE(), l.due_on) AS days_overdue
  FROM loans l
  JOIN members m ON m.id = l.member_id
  JOIN copies c ON c.id = l.copy_id
  JOIN titles t ON t.id = c.title_id
 WHERE l.returned_at IS NULL AND l.due_on < CURDATE();

CREATE TABLE IF NOT EXISTS daily_counts (
    day     DATE NOT NULL PRIMARY KEY,
    loans   INT UNSIGNED NOT NULL,
    returns INT UNSIGNED NOT NULL
) ENGINE=InnoDB;

INSERT INTO daily_counts (day, loans, returns)
SELECT CURDATE(), (SELECT COUNT(*) FROM loans WHERE DATE(loaned_at) = CURDATE()), (SELECT COUNT(*) FROM loans WHERE DATE(returned_at) = CURDATE())
ON DUPLICATE KEY UPDATE loans = VALUES(loans), returns = VALUES(returns);

CREATE EVENT IF NOT EXISTS ev_daily_counts ON SCHEDULE EVERY 1 DAY STARTS CURRENT_DATE + INTERVAL 1 DAY
DO REPLACE INTO daily_counts (day, loans, returns) SELECT CURDATE(), 0, 0;

SELECT * FROM loans FOR SYSTEM_TIME AS OF TIMESTAMP '2024-01-01 00:00:00' LIMIT 1;
ALTER TABLE loans DROP SYSTEM VERSIONING;
ALTER TABLE loans ADD SYSTEM VERSIONING;
DROP SEQUENCE IF EXISTS legacy_ids;
RENAME TABLE daily_counts TO circulation_daily;
SET STATEMENT max_statement_time=60 FOR UPDATE titles SET language = 'de' WHERE language = 'ge';
