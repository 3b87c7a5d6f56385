CREATE TABLE scoring_rules (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  account_id BIGINT UNSIGNED NOT NULL,
  field VARCHAR(64) NOT NULL,
  operator VARCHAR(16) NOT NULL,
  value VARCHAR(255) NOT NULL,
  points SMALLINT NOT NULL,
  enabled TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  KEY scoring_rules_account_id_index (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO scoring_rules (account_id, field, operator, value, points)
SELECT id, 'industry', '=', 'software', 10 FROM accounts;

UPDATE deals d JOIN stages s ON s.id = d.stage_id SET d.score = s.probability WHERE d.score IS NULL;
