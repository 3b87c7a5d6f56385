DELIMITER $$

CREATE PROCEDURE reserve_stock(
    IN p_warehouse INT UNSIGNED,
    IN p_product BIGINT UNSIGNED,
    IN p_quantity INT,
    OUT p_ok BOOLEAN
)
MODIFIES SQL DATA
BEGIN
    DECLARE available INT DEFAULT 0;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        ROLLBACK;
        SET p_ok = FALSE;
    END;

    START TRANSACTION;
    SELECT on_hand - reserved INTO available
      FROM stock_levels
     WHERE warehouse_id = p_warehouse AND product_id = p_product
       FOR UPDATE;
    IF available >= p_quantity THEN
        UPDATE stock_levels SET reserved = reserved + p_quantity
         WHERE warehouse_id = p_warehouse AND product_id = p_product;
        SET p_ok = TRUE;
    ELSE
        SET p_ok = FALSE;
    END IF;
    COMMIT;
END$$

CREATE FUNCTION stock_available(p_product BIGINT UNSIGNED) RETURNS INT
    READS SQL DATA
    DETERMINISTIC
BEGIN
    DECLARE total INT;
    SELECT COALESCE(SUM(on_hand - reserved), 0) INTO total FROM stock_levels WHERE product_id = p_product;
    RETURN total;
END$$

CREATE TRIGGER trg_movements_after_insert
AFTER INSERT ON stock_movements
FOR EACH ROW
BEGIN
    INSERT INTO stock_levels (warehouse_id, product_id, on_hand)
    VALUES (NEW.warehouse_id, NEW.product_id, NEW.quantity)
    ON DUPLICATE KEY UPDATE on_hand = on_hand + NEW.quantity;
END$$

DELIMITER ;
