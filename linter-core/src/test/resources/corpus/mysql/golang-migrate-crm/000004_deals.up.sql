CREATE TABLE pipelines (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  account_id BIGINT UNSIGNED NOT NULL,
  name VARCHAR(100) NOT NULL,
  position SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT pipelines_account_id_foreign FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stages (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  pipeline_id INT UNSIGNED NOT NULL,
  name VARCHAR(100) NOT NULL,
  probability TINYINT UNSIGNED NOT NULL DEFAULT 0,
  position SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT stages_pipeline_id_foreign FOREIGN KEY (pipeline_id) REFERENCES pipelines (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE deals (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  account_id BIGINT UNSIGNED NOT NULL,
  contact_id BIGINT UNSIGNED NULL,
  stage_id INT UNSIGNED NOT NULL,
  owner_id BIGINT UNSIGNED NULL,
  title VARCHAR(255) NOT NULL,
  value DECIMAL(15,2) NOT NULL DEFAULT '0.00',
  currency CHAR(3) NOT NULL DEFAULT 'USD',
  expected_close DATE NULL,
  closed_at DATETIME NULL,
  won TINYINT(1) NULL,
  created_at TIMESTAMP NULL,
  updated_at TIMESTAMP NULL,
  PRIMARY KEY (id),
  KEY deals_stage_id_foreign (stage_id),
  KEY deals_owner_id_closed_at_index (owner_id, closed_at),
  CONSTRAINT deals_account_id_foreign FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  CONSTRAINT deals_contact_id_foreign FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL,
  CONSTRAINT deals_stage_id_foreign FOREIGN KEY (stage_id) REFERENCES stages (id),
  CONSTRAINT deals_owner_id_foreign FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
