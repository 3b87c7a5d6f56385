CREATE SCHEMA IF NOT EXISTS catalog;
SET SCHEMA catalog;

CREATE TABLE category (
    id          BIGINT GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 1) PRIMARY KEY,
    parent_id   BIGINT,
    code        VARCHAR(40) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    sort_order  INT DEFAULT 0 NOT NULL,
    CONSTRAINT uq_category_code UNIQUE (code),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
);

CREATE TABLE product (
    id            BIGINT AUTO_INCREMENT,
    sku           VARCHAR(64) NOT NULL,
    category_id   BIGINT,
    title         VARCHAR(255) NOT NULL,
    description   CHARACTER LARGE OBJECT,
    price         NUMERIC(12, 2) NOT NULL,
    vat_rate      DECIMAL(4, 2) DEFAULT 19.00 NOT NULL,
    weight_grams  INT,
    active        BOOLEAN DEFAULT TRUE,
    created_at    TIMESTAMP(6) DEFAULT LOCALTIMESTAMP NOT NULL,
    modified_at   TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_product_sku UNIQUE (sku),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE SET NULL,
    CONSTRAINT ck_product_price CHECK (price >= 0)
);
CREATE INDEX ix_product_category ON product (category_id);
CREATE INDEX ix_product_title ON product (title);

CREATE TABLE product_image (
    product_id  BIGINT NOT NULL,
    position    INT NOT NULL,
    url         VARCHAR(1024) NOT NULL,
    alt_text    VARCHAR(255),
    PRIMARY KEY (product_id, position),
    FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);
