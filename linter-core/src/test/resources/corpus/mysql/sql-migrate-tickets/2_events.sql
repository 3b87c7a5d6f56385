-- +migrate Up
CREATE TABLE events (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  venue_id INT UNSIGNED NOT NULL,
  title VARCHAR(255) NOT NULL,
  starts_at DATETIME NOT NULL,
  ends_at DATETIME NOT NULL,
  on_sale_at DATETIME NULL,
  status ENUM('scheduled','on_sale','sold_out','cancelled','finished') NOT NULL DEFAULT 'scheduled',
  min_age TINYINT UNSIGNED NULL,
  duration_minutes INT AS (TIMESTAMPDIFF(MINUTE, starts_at, ends_at)) VIRTUAL,
  CONSTRAINT chk_event_times CHECK (ends_at > starts_at),
  CONSTRAINT fk_events_venue FOREIGN KEY (venue_id) REFERENCES venues (id),
  INDEX idx_events_starts (starts_at),
  INDEX idx_events_status (status) INVISIBLE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE price_tiers (
  id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  event_id BIGINT UNSIGNED NOT NULL,
  section_id INT UNSIGNED NOT NULL,
  price_cents INT UNSIGNED NOT NULL,
  currency CHAR(3) NOT NULL DEFAULT 'EUR',
  UNIQUE KEY uq_tier (event_id, section_id),
  CONSTRAINT fk_tiers_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
  CONSTRAINT fk_tiers_section FOREIGN KEY (section_id) REFERENCES seating_sections (id)
) ENGINE=InnoDB;
