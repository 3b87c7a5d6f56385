-- +migrate Up
DROP TABLE IF EXISTS schema_notes;
ALTER TABLE events DROP CHECK chk_event_times;
ALTER TABLE events ADD CONSTRAINT chk_event_times CHECK (ends_at >= starts_at);
ALTER TABLE orders DROP INDEX uq_orders_event_customer;
ALTER TABLE waitlist RENAME TO event_waitlist;
ALTER TABLE tickets ADD INDEX idx_tickets_scanned (scanned_at);
ALTER TABLE tickets DROP PRIMARY KEY, ADD PRIMARY KEY (id);
LOCK TABLES orders WRITE, tickets WRITE;
UPDATE orders SET status = 'cancelled' WHERE status = 'pending' AND placed_at < NOW() - INTERVAL 7 DAY;
UNLOCK TABLES;
