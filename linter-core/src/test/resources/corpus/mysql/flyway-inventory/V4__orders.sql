CREATE TABLE purchase_orders (
    id            INT UNSIGNED NOT NULL AUTO_INCREMENT,
    supplier_id   INT UNSIGNED NOT NULL,
    warehouse_id  INT UNSIGNED NOT NULL,
    status        ENUM('draft','sent','confirmed','received','cancelled') NOT NULL DEFAULT 'draft',
    ordered_at    DATETIME NULL,
    expected_at   DATE NULL,
    total         DECIMAL(12,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_po_supplier_status (supplier_id, status),
    CONSTRAINT fk_po_supplier FOREIGN KEY (supplier_id) REFERENCES suppliers (id),
    CONSTRAINT fk_po_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouses (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE purchase_order_lines (
    purchase_order_id INT UNSIGNED NOT NULL,
    line_no           SMALLINT UNSIGNED NOT NULL,
    product_id        BIGINT UNSIGNED NOT NULL,
    quantity          INT UNSIGNED NOT NULL,
    unit_price        DECIMAL(10,2) NOT NULL,
    line_total        DECIMAL(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    PRIMARY KEY (purchase_order_id, line_no),
    CONSTRAINT fk_pol_order FOREIGN KEY (purchase_order_id) REFERENCES purchase_orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_pol_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE OR REPLACE VIEW v_open_purchase_orders AS
SELECT po.id, s.name AS supplier, w.code AS warehouse, po.status, po.expected_at, po.total
  FROM purchase_orders po
  JOIN suppliers s ON s.id = po.supplier_id
  JOIN warehouses w ON w.id = po.warehouse_id
 WHERE po.status IN ('sent', 'confirmed');

INSERT INTO warehouses (code, name, country) VALUES ('BER1', 'Berlin', 'DE'), ('WAW1', 'Warsaw', 'PL');
INSERT IGNORE INTO suppliers (id, name) VALUES (1, 'House brand');
