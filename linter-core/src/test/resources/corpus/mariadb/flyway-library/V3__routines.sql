DELIMITER //

CREATE OR REPLACE FUNCTION fine_for(p_due DATE, p_returned DATETIME) RETURNS DECIMAL(8,2)
DETERMINISTIC
BEGIN
    DECLARE days_late INT;
    SET days_late = DATEDIFF(COALESCE(p_returned, NOW()), p_due);
    RETURN IF(days_late > 0, LEAST(days_late * 0.25, 20.00), 0.00);
END //

CREATE OR REPLACE PROCEDURE return_copy(IN p_barcode VARCHAR(20))
BEGIN
    DECLARE v_loan BIGINT UNSIGNED;
    DECLARE v_due DATE;
    SELECT l.id, l.due_on INTO v_loan, v_due
      FROM loans l JOIN copies c ON c.id = l.copy_id
     WHERE c.barcode = p_barcode AND l.returned_at IS NULL;
    UPDATE loans SET returned_at = NOW() WHERE id = v_loan;
    IF fine_for(v_due, NOW()) > 0 THEN
        INSERT INTO fines (loan_id, amount) VALUES (v_loan, fine_for(v_due, NOW()));
    END IF;
END //

CREATE OR REPLACE TRIGGER trg_holds_position BEFORE INSERT ON holds
FOR EACH ROW
BEGIN
    IF NEW.position IS NULL OR NEW.position = 0 THEN
        SET NEW.position = (SELECT COALESCE(MAX(position), 0) + 1 FROM holds WHERE title_id = NEW.title_id);
    END IF;
END //

DELIMITER ;

BEGIN NOT ATOMIC
    IF NOT EXISTS (SELECT 1 FROM branches) THEN
        INSERT INTO branches (name, address) VALUES ('Central', '1 Library Square');
    END IF;
END;
