-- +migrate Up
CREATE TABLE waitlist (
  event_id BIGINT UNSIGNED NOT NULL,
  customer_id BIGINT UNSIGNED NOT NULL,
  position INT UNSIGNED NOT NULL,
  joined_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (event_id, customer_id),
  UNIQUE KEY uq_waitlist_position (event_id, position),
  CONSTRAINT fk_waitlist_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
  CONSTRAINT fk_waitlist_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE event_stats (
  event_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  sold INT UNSIGNED NOT NULL DEFAULT 0,
  revenue_cents BIGINT UNSIGNED NOT NULL DEFAULT 0,
  CONSTRAINT fk_stats_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- +migrate StatementBegin
CREATE TRIGGER trg_tickets_count AFTER INSERT ON tickets FOR EACH ROW
BEGIN
  INSERT INTO event_stats (event_id, sold, revenue_cents)
  SELECT o.event_id, 1, pt.price_cents FROM orders o JOIN price_tiers pt ON pt.id = NEW.tier_id WHERE o.id = NEW.order_id
  ON DUPLICATE KEY UPDATE sold = sold + 1, revenue_cents = revenue_cents + VALUES(revenue_cents);
END;
-- +migrate StatementEnd

INSERT INTO event_stats (event_id, sold, revenue_cents)
SELECT o.event_id, COUNT(t.id), SUM(pt.price_cents)
  FROM tickets t JOIN orders o ON o.id = t.order_id JOIN price_tiers pt ON pt.id = t.tier_id
 GROUP BY o.event_id
ON DUPLICATE KEY UPDATE sold = VALUES(sold), revenue_cents = VALUES(revenue_cents);

CREATE TABLE IF NOT EXISTS schema_notes (
  id INT AUTO_INCREMENT PRIMARY KEY,
  note VARCHAR(255) NOT NULL
);
INSERT INTO schema_notes (note) VALUES ('waitlist added'), ('stats backfilled');
DELETE FROM schema_notes WHERE id < 0;
