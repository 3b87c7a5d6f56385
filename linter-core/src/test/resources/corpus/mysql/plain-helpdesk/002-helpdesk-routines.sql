-- change omar:20
DROP PROCEDURE IF EXISTS close_stale_tickets;

DELIMITER //
CREATE PROCEDURE close_stale_tickets(IN days INT)
BEGIN
    UPDATE tickets
       SET status = 'closed'
     WHERE status = 'solved'
       AND solved_at < NOW() - INTERVAL days DAY;
    SELECT ROW_COUNT() AS closed;
END//
DELIMITER ;

-- change omar:21
CREATE TABLE ticket_metrics (
    ticket_id BIGINT NOT NULL PRIMARY KEY,
    replies INT UNSIGNED NOT NULL DEFAULT 0,
    reopens INT UNSIGNED NOT NULL DEFAULT 0,
    first_resolution_minutes INT UNSIGNED,
    full_resolution_minutes INT UNSIGNED,
    CONSTRAINT fk_metrics_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
) ENGINE=InnoDB;
INSERT INTO ticket_metrics (ticket_id) SELECT id FROM tickets ON DUPLICATE KEY UPDATE ticket_id = ticket_metrics.ticket_id;
CALL close_stale_tickets(30);
SET @now = NOW();
SET SESSION sql_mode = 'STRICT_ALL_TABLES';
SET GLOBAL event_scheduler = ON;
SHOW WARNINGS;
