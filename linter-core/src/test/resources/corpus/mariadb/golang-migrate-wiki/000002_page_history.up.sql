CREATE TABLE page_versions (
  page_id INT UNSIGNED NOT NULL,
  version INT UNSIGNED NOT NULL,
  title VARCHAR(255) NOT NULL,
  body LONGTEXT NOT NULL,
  author_id INT UNSIGNED NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (page_id, version),
  CONSTRAINT page_versions_page_id_foreign FOREIGN KEY (page_id) REFERENCES pages (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
  PAGE_COMPRESSED=1;

DELIMITER $$
CREATE TRIGGER pages_before_update BEFORE UPDATE ON pages
FOR EACH ROW
BEGIN
  IF NEW.body <> OLD.body OR NEW.title <> OLD.title THEN
    INSERT INTO page_versions (page_id, version, title, body, author_id)
    VALUES (OLD.id, OLD.version, OLD.title, OLD.body, OLD.updated_by);
    SET NEW.version = OLD.version + 1;
  END IF;
END$$
DELIMITER ;
