-- +migrate Up
ALTER TABLE events ADD COLUMN description TEXT AFTER title;
ALTER TABLE events ADD COLUMN image_url VARCHAR(500) NULL, ALGORITHM=INSTANT;
ALTER TABLE events ALTER INDEX idx_events_status VISIBLE;
ALTER TABLE orders ADD COLUMN refunded_cents INT UNSIGNED NOT NULL DEFAULT 0, ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE orders MODIFY status ENUM('pending','paid','refunded','cancelled') NOT NULL DEFAULT 'pending';
ALTER TABLE tickets RENAME COLUMN seat_label TO seat;
ALTER TABLE customers ADD COLUMN phone VARCHAR(30) NULL AFTER name;
ALTER TABLE customers DROP COLUMN marketing_opt_in;
ALTER TABLE price_tiers DROP FOREIGN KEY fk_tiers_section;
ALTER TABLE price_tiers ADD CONSTRAINT fk_tiers_section FOREIGN KEY (section_id) REFERENCES seating_sections (id) ON DELETE CASCADE;
ALTER TABLE venues COMMENT = 'Places where events happen';
ALTER TABLE seating_sections ADD CHECK (seats > 0);
CREATE UNIQUE INDEX uq_orders_event_customer ON orders (event_id, customer_id, placed_at);
DROP INDEX idx_events_starts ON events;
CREATE INDEX idx_events_starts_status ON events (starts_at, status);
