CREATE TABLE IF NOT EXISTS spaces (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `key` VARCHAR(16) NOT NULL,
  name VARCHAR(200) NOT NULL,
  homepage_id INT UNSIGNED NULL,
  visibility ENUM('public', 'internal', 'private') NOT NULL DEFAULT 'internal',
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY spaces_key_unique (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS pages (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  space_id INT UNSIGNED NOT NULL,
  parent_id INT UNSIGNED NULL,
  title VARCHAR(255) NOT NULL,
  slug VARCHAR(255) NOT NULL,
  body LONGTEXT NOT NULL,
  version INT UNSIGNED NOT NULL DEFAULT 1,
  updated_by INT UNSIGNED NULL,
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  UNIQUE KEY pages_space_slug_unique (space_id, slug),
  KEY pages_parent_id_index (parent_id),
  FULLTEXT KEY pages_title_body_fulltext (title, body),
  CONSTRAINT pages_space_id_foreign FOREIGN KEY (space_id) REFERENCES spaces (id) ON DELETE CASCADE,
  CONSTRAINT pages_parent_id_foreign FOREIGN KEY (parent_id) REFERENCES pages (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE spaces ADD CONSTRAINT spaces_homepage_id_foreign FOREIGN KEY (homepage_id) REFERENCES pages (id) ON DELETE SET NULL;
