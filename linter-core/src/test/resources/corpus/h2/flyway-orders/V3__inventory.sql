CREATE TABLE catalog.stock (
    product_id   BIGINT PRIMARY KEY,
    on_hand      INT DEFAULT 0 NOT NULL,
    reserved     INT DEFAULT 0 NOT NULL,
    updated_at   TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT fk_stock_product FOREIGN KEY (product_id) REFERENCES catalog.product (id) ON DELETE CASCADE,
    CONSTRAINT ck_stock_reserved CHECK (reserved BETWEEN 0 AND on_hand)
);

CREATE TABLE catalog.price_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id  BIGINT NOT NULL,
    old_price   NUMERIC(12, 2),
    new_price   NUMERIC(12, 2) NOT NULL,
    changed_at  TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX catalog.ix_price_history_product ON catalog.price_history (product_id, changed_at);

INSERT INTO catalog.category (parent_id, code, name) VALUES (NULL, 'ROOT', 'All products');
INSERT INTO catalog.category (parent_id, code, name) VALUES (100, 'BOOKS', 'Books'), (100, 'GAMES', 'Games');
INSERT INTO catalog.product (sku, category_id, title, price) VALUES ('BK-0001', 101, 'SQL for Humans', 29.90);
INSERT INTO catalog.stock (product_id, on_hand) SELECT id, 10 FROM catalog.product;
