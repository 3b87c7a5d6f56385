CREATE TABLE loans (
    id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    copy_id     INT UNSIGNED NOT NULL,
    member_id   INT UNSIGNED NOT NULL,
    loaned_at   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    due_on      DATE NOT NULL,
    returned_at DATETIME NULL,
    renewals    TINYINT UNSIGNED NOT NULL DEFAULT 0,
    KEY ix_loans_member (member_id, returned_at),
    KEY ix_loans_copy (copy_id, returned_at),
    CONSTRAINT fk_loans_copy FOREIGN KEY (copy_id) REFERENCES copies (id),
    CONSTRAINT fk_loans_member FOREIGN KEY (member_id) REFERENCES members (id),
    CONSTRAINT ck_loans_renewals CHECK (renewals <= 3)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TABLE fines (
    id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    loan_id     BIGINT UNSIGNED NOT NULL,
    amount      DECIMAL(8,2) NOT NULL,
    paid        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_fines_loan FOREIGN KEY (loan_id) REFERENCES loans (id)
) ENGINE=InnoDB;

CREATE TABLE holds (
    id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title_id    INT UNSIGNED NOT NULL,
    member_id   INT UNSIGNED NOT NULL,
    placed_at   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at  TIMESTAMP NULL,
    position    SMALLINT UNSIGNED NOT NULL,
    UNIQUE KEY uq_holds_queue (title_id, position),
    CONSTRAINT fk_holds_title FOREIGN KEY (title_id) REFERENCES titles (id) ON DELETE CASCADE,
    CONSTRAINT fk_holds_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE=InnoDB;
