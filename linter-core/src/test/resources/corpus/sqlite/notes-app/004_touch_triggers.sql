CREATE TRIGGER IF NOT EXISTS users_touch
AFTER UPDATE OF email, display_name, password_hash ON users
FOR EACH ROW
WHEN new.updated_at = old.updated_at
BEGIN
    UPDATE users SET updated_at = CURRENT_TIMESTAMP WHERE id = new.id;
END;

CREATE TRIGGER IF NOT EXISTS notes_touch
AFTER UPDATE OF title, body ON notes
BEGIN
    UPDATE notes SET updated_at = unixepoch() WHERE id = new.id;
END;

CREATE TRIGGER notebooks_no_delete_with_pinned
BEFORE DELETE ON notebooks
WHEN EXISTS (SELECT 1 FROM notes WHERE notebook_id = old.id AND pinned = 1)
BEGIN
    SELECT RAISE(ABORT, 'notebook has pinned notes');
END;
