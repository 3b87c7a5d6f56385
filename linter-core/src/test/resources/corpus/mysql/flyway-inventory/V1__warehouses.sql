SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE IF NOT EXISTS warehouses (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
    code        CHAR(4) NOT NULL,
    name        VARCHAR(120) NOT NULL,
    country     CHAR(2) NOT NULL DEFAULT 'DE',
    timezone    VARCHAR(64) NOT NULL DEFAULT 'Europe/Berlin',
    active      TINYINT(1) NOT NULL DEFAULT 1,
    created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY uk_warehouses_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Physical stock locations';

CREATE TABLE IF NOT EXISTS suppliers (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    vat_id      VARCHAR(32) NULL,
    email       VARCHAR(191) NULL,
    phone       VARCHAR(40) NULL,
    rating      DECIMAL(3,2) UNSIGNED NULL,
    notes       TEXT,
    created_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
    INDEX idx_suppliers_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS products (
    id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    sku           VARCHAR(64) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    description   TEXT NULL,
    supplier_id   INT UNSIGNED NULL,
    unit          ENUM('piece','kg','litre','metre') NOT NULL DEFAULT 'piece',
    weight_grams  INT UNSIGNED NULL,
    price         DECIMAL(10,2) NOT NULL DEFAULT 0.00,
    attributes    JSON NULL,
    discontinued  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_products_sku (sku),
    KEY idx_products_supplier (supplier_id),
    CONSTRAINT fk_products_supplier FOREIGN KEY (supplier_id) REFERENCES suppliers (id) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=1000 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

SET FOREIGN_KEY_CHECKS = 1;
