-- +migrate Up
CREATE TABLE venues (
  id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  city VARCHAR(100) NOT NULL,
  country CHAR(2) NOT NULL,
  capacity INT UNSIGNED NOT NULL,
  location POINT NOT NULL SRID 4326,
  created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
  SPATIAL INDEX idx_venues_location (location),
  INDEX idx_venues_city (country, city)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

CREATE TABLE seating_sections (
  id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  venue_id INT UNSIGNED NOT NULL,
  code VARCHAR(10) NOT NULL,
  seats SMALLINT UNSIGNED NOT NULL,
  accessible BOOLEAN NOT NULL DEFAULT FALSE,
  UNIQUE KEY uq_section (venue_id, code),
  FOREIGN KEY (venue_id) REFERENCES venues (id) ON DELETE CASCADE
) ENGINE=InnoDB;
