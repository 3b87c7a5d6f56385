CREATE TABLE list_shares
(
    list_id    INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
    user_id    BLOB    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    can_edit   BOOLEAN NOT NULL DEFAULT FALSE,
    shared_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (list_id, user_id)
);

CREATE VIEW visible_lists AS
SELECT l.id, l.title, l.owner_id AS user_id, 1 AS can_edit FROM lists l
UNION ALL
SELECT l.id, l.title, s.user_id, s.can_edit FROM lists l JOIN list_shares s ON s.list_id = l.id;

CREATE TRIGGER IF NOT EXISTS todos_done_moves_down
AFTER UPDATE OF done ON todos
FOR EACH ROW WHEN NEW.done = 1 AND OLD.done = 0
BEGIN
    UPDATE todos SET priority = 9 WHERE id = NEW.id;
END;

INSERT INTO users (id, username, password_hash, is_admin)
VALUES (X'00000000000000000000000000000001', 'admin', '$argon2id$v=19$m=19456,t=2,p=1$placeholder', TRUE)
ON CONFLICT DO NOTHING;
