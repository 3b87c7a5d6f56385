CREATE TABLE stock_levels (
    warehouse_id  INT UNSIGNED NOT NULL,
    product_id    BIGINT UNSIGNED NOT NULL,
    on_hand       INT NOT NULL DEFAULT 0,
    reserved      INT NOT NULL DEFAULT 0,
    reorder_at    INT NULL,
    updated_at    TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (warehouse_id, product_id),
    KEY idx_stock_product (product_id),
    CONSTRAINT fk_stock_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouses (id),
    CONSTRAINT fk_stock_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT chk_stock_reserved CHECK (reserved >= 0 AND reserved <= on_hand)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE stock_movements (
    id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    warehouse_id  INT UNSIGNED NOT NULL,
    product_id    BIGINT UNSIGNED NOT NULL,
    quantity      INT NOT NULL,
    reason        VARCHAR(32) NOT NULL,
    reference     VARCHAR(64) NULL,
    moved_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    moved_by      VARCHAR(64) NULL,
    PRIMARY KEY (id, moved_at),
    KEY idx_movements_product_time (product_id, moved_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
PARTITION BY RANGE COLUMNS(moved_at) (
    PARTITION p2024 VALUES LESS THAN ('2025-01-01'),
    PARTITION p2025 VALUES LESS THAN ('2026-01-01'),
    PARTITION pmax VALUES LESS THAN (MAXVALUE)
);
