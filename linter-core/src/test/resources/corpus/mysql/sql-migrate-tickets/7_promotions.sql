-- +migrate Up
CREATE TABLE promo_codes (
  id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(32) NOT NULL,
  event_id BIGINT UNSIGNED NULL,
  percent_off TINYINT UNSIGNED NULL,
  amount_off_cents INT UNSIGNED NULL,
  max_uses INT UNSIGNED NULL,
  used INT UNSIGNED NOT NULL DEFAULT 0,
  valid_from DATETIME NOT NULL,
  valid_until DATETIME NULL,
  CONSTRAINT uq_promo_code UNIQUE (code),
  CONSTRAINT chk_promo_kind CHECK ((percent_off IS NULL) <> (amount_off_cents IS NULL)),
  CONSTRAINT fk_promo_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE order_promotions (
  order_id BIGINT UNSIGNED NOT NULL,
  promo_code_id INT UNSIGNED NOT NULL,
  discount_cents INT UNSIGNED NOT NULL,
  PRIMARY KEY (order_id, promo_code_id),
  KEY idx_order_promotions_code (promo_code_id),
  CONSTRAINT fk_op_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
  CONSTRAINT fk_op_code FOREIGN KEY (promo_code_id) REFERENCES promo_codes (id)
) ENGINE=InnoDB;

DELIMITER $$
CREATE TRIGGER trg_order_promotions_use AFTER INSERT ON order_promotions
FOR EACH ROW
BEGIN
  UPDATE promo_codes SET used = used + 1 WHERE id = NEW.promo_code_id;
END$$

CREATE PROCEDURE expire_promotions()
BEGIN
  UPDATE promo_codes SET valid_until = NOW() WHERE max_uses IS NOT NULL AND used >= max_uses AND valid_until IS NULL;
END$$

CREATE FUNCTION promo_discount(p_code VARCHAR(32), p_total INT UNSIGNED) RETURNS INT UNSIGNED
DETERMINISTIC
READS SQL DATA
BEGIN
  DECLARE pct TINYINT UNSIGNED;
  DECLARE amt INT UNSIGNED;
  SELECT percent_off, amount_off_cents INTO pct, amt FROM promo_codes WHERE code = p_code;
  RETURN IF(pct IS NOT NULL, FLOOR(p_total * pct / 100), LEAST(p_total, COALESCE(amt, 0)));
END$$
DELIMITER ;

CREATE EVENT ev_expire_promotions ON SCHEDULE EVERY 1 HOUR DO CALL expire_promotions();
ALTER EVENT ev_expire_promotions DISABLE;
DROP EVENT IF EXISTS ev_expire_promotions;
DROP PROCEDURE IF EXISTS expire_promotions;
DROP FUNCTION IF EXISTS promo_discount;
DROP TRIGGER IF EXISTS trg_order_promotions_use;

INSERT INTO promo_codes (code, percent_off, valid_from) VALUES ('LAUNCH10', 10, '2024-06-01 00:00:00');
INSERT INTO promo_codes SET code = 'FRIENDS5', amount_off_cents = 500, valid_from = NOW();
UPDATE promo_codes SET max_uses = 1000 WHERE code = 'LAUNCH10';
ALTER TABLE promo_codes ADD COLUMN created_by VARCHAR(64) NULL, ADD INDEX idx_promo_valid (valid_from, valid_until);
ALTER TABLE promo_codes MODIFY COLUMN code VARCHAR(40) NOT NULL COLLATE utf8mb4_bin;
ALTER TABLE order_promotions CHANGE discount_cents discount_amount_cents INT UNSIGNED NOT NULL DEFAULT 0;
CREATE TABLE promo_codes_archive LIKE promo_codes;
CREATE TABLE promo_usage_report AS SELECT code, used FROM promo_codes;
DROP TABLE promo_usage_report;
SET @@session.time_zone = '+00:00';
SET autocommit = 0;
START TRANSACTION;
DELETE FROM promo_codes WHERE valid_until < '2020-01-01';
COMMIT;
SET autocommit = 1;
