CREATE TABLE accounts (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NOT NULL,
  domain VARCHAR(255) NULL,
  industry VARCHAR(100) NULL,
  employees INT UNSIGNED NULL,
  annual_revenue DECIMAL(15,2) NULL,
  owner_id BIGINT UNSIGNED NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'prospect',
  `key` CHAR(36) NOT NULL,
  created_at TIMESTAMP NULL DEFAULT NULL,
  updated_at TIMESTAMP NULL DEFAULT NULL,
  deleted_at TIMESTAMP NULL DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY accounts_key_unique (`key`),
  KEY accounts_owner_id_index (owner_id),
  KEY accounts_deleted_at_index (deleted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
