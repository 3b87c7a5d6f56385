CREATE VIEW sales.order_summary AS
SELECT o.id, c.email, o.status, o.total, COUNT(l.line_no) AS lines
  FROM sales.purchase_order o
  JOIN sales.customer c ON c.id = o.customer_id
  LEFT JOIN sales.order_line l ON l.order_id = o.id
 GROUP BY o.id, c.email, o.status, o.total;

CREATE MEMORY TABLE IF NOT EXISTS sales.cart (
    session_id  VARCHAR(64) NOT NULL,
    product_id  BIGINT NOT NULL,
    quantity    INT DEFAULT 1 NOT NULL,
    added_at    TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (session_id, product_id)
);

CREATE CACHED TABLE IF NOT EXISTS sales.cart_archive (
    session_id  VARCHAR(64) NOT NULL,
    product_id  BIGINT NOT NULL,
    quantity    INT NOT NULL,
    archived_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE LOCAL TEMPORARY TABLE tmp_totals (order_id BIGINT PRIMARY KEY, total NUMERIC(14, 2));
INSERT INTO tmp_totals SELECT order_id, SUM(line_total) FROM sales.order_line GROUP BY order_id;
UPDATE sales.purchase_order o SET total = (SELECT t.total FROM tmp_totals t WHERE t.order_id = o.id) WHERE EXISTS (SELECT 1 FROM tmp_totals t WHERE t.order_id = o.id);
DROP TABLE tmp_totals;
DROP TABLE IF EXISTS sales.cart_archive CASCADE;
DROP VIEW IF EXISTS sales.order_summary;
DROP SEQUENCE IF EXISTS legacy_seq;
DROP SCHEMA IF EXISTS legacy CASCADE;
ANALYZE;
CHECKPOINT;
