-- +migrate Up
CREATE TABLE customers (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(191) NOT NULL UNIQUE,
  name VARCHAR(200) NULL,
  marketing_opt_in TINYINT(1) NOT NULL DEFAULT 0,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orders (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  public_id BINARY(16) NOT NULL DEFAULT (UUID_TO_BIN(UUID())),
  customer_id BIGINT UNSIGNED NOT NULL,
  event_id BIGINT UNSIGNED NOT NULL,
  total_cents INT UNSIGNED NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'pending',
  placed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  UNIQUE KEY uq_orders_public_id (public_id),
  KEY idx_orders_customer (customer_id, placed_at),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
  CONSTRAINT fk_orders_event FOREIGN KEY (event_id) REFERENCES events (id)
) ENGINE=InnoDB;

CREATE TABLE tickets (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  order_id BIGINT UNSIGNED NOT NULL,
  tier_id INT UNSIGNED NOT NULL,
  seat_label VARCHAR(10) NULL,
  barcode CHAR(20) NOT NULL,
  scanned_at DATETIME NULL,
  UNIQUE INDEX uq_tickets_barcode (barcode),
  FOREIGN KEY fk_tickets_order (order_id) REFERENCES orders (id) ON DELETE CASCADE,
  FOREIGN KEY fk_tickets_tier (tier_id) REFERENCES price_tiers (id)
) ENGINE=InnoDB;
