CREATE SCHEMA IF NOT EXISTS sales;

CREATE SEQUENCE sales.order_number_seq AS BIGINT START WITH 100000 INCREMENT BY 1 CACHE 20;

CREATE TABLE sales.customer (
    id          UUID PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    full_name   VARCHAR(200),
    country     CHAR(2) DEFAULT 'DE' NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT uq_customer_email UNIQUE (email)
);

CREATE TABLE sales.purchase_order (
    id           BIGINT DEFAULT NEXT VALUE FOR sales.order_number_seq NOT NULL,
    customer_id  UUID NOT NULL,
    status       VARCHAR(20) DEFAULT 'NEW' NOT NULL,
    currency     CHAR(3) DEFAULT 'EUR' NOT NULL,
    total        NUMERIC(14, 2) DEFAULT 0 NOT NULL,
    placed_at    TIMESTAMP WITH TIME ZONE,
    shipped_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_purchase_order PRIMARY KEY (id),
    CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES sales.customer (id),
    CONSTRAINT ck_order_status CHECK (status IN ('NEW', 'PAID', 'SHIPPED', 'CANCELLED'))
);

CREATE TABLE sales.order_line (
    order_id    BIGINT NOT NULL,
    line_no     INT NOT NULL,
    product_id  BIGINT NOT NULL,
    quantity    INT NOT NULL,
    unit_price  NUMERIC(12, 2) NOT NULL,
    line_total  NUMERIC(14, 2) GENERATED ALWAYS AS (quantity * unit_price),
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES sales.purchase_order (id) ON DELETE CASCADE,
    CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES catalog.product (id)
);

CREATE INDEX sales.ix_order_customer ON sales.purchase_order (customer_id, placed_at);
CREATE INDEX ix_order_status ON sales.purchase_order (status);
