CREATE TABLE audit_log (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    table_name   VARCHAR(64) NOT NULL,
    row_id       VARCHAR(64) NOT NULL,
    action       ENUM('insert','update','delete') NOT NULL,
    changed      JSON NULL,
    changed_by   VARCHAR(64) NOT NULL DEFAULT (CURRENT_USER()),
    changed_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY idx_audit_table_row (table_name, row_id)
) ENGINE=InnoDB;

DROP TRIGGER IF EXISTS trg_products_audit_update;

DELIMITER //
CREATE TRIGGER trg_products_audit_update AFTER UPDATE ON products
FOR EACH ROW
BEGIN
    IF NOT (OLD.price <=> NEW.price) THEN
        INSERT INTO audit_log (table_name, row_id, action, changed)
        VALUES ('products', OLD.id, 'update', JSON_OBJECT('price', JSON_ARRAY(OLD.price, NEW.price)));
    END IF;
END //
DELIMITER ;

CREATE EVENT IF NOT EXISTS ev_purge_audit
    ON SCHEDULE EVERY 1 DAY STARTS '2024-06-01 03:00:00'
    DO DELETE FROM audit_log WHERE changed_at < NOW() - INTERVAL 180 DAY;

CREATE USER IF NOT EXISTS 'inventory_ro'@'%' IDENTIFIED BY 'change-me';
GRANT SELECT ON inventory.* TO 'inventory_ro'@'%';
FLUSH PRIVILEGES;
