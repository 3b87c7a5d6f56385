CREATE OR REPLACE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW pipeline_summary AS
SELECT p.account_id, p.id AS pipeline_id, s.id AS stage_id, COUNT(d.id) AS deals, COALESCE(SUM(d.value), 0) AS total_value
  FROM pipelines p
  JOIN stages s ON s.pipeline_id = p.id
  LEFT JOIN deals d ON d.stage_id = s.id AND d.closed_at IS NULL
 GROUP BY p.account_id, p.id, s.id;

CREATE TABLE daily_snapshots (
  day DATE NOT NULL,
  account_id BIGINT UNSIGNED NOT NULL,
  open_deals INT UNSIGNED NOT NULL,
  open_value DECIMAL(18,2) NOT NULL,
  PRIMARY KEY (day, account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

REPLACE INTO daily_snapshots (day, account_id, open_deals, open_value)
SELECT CURDATE(), account_id, SUM(deals), SUM(total_value) FROM pipeline_summary GROUP BY account_id;
