CREATE OR REPLACE TABLE branches (
    id          SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    address     VARCHAR(255) NULL,
    opened_on   DATE NULL,
    UNIQUE KEY uq_branches_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE SEQUENCE IF NOT EXISTS member_card_seq START WITH 100000 INCREMENT BY 1 MINVALUE 100000 MAXVALUE 999999 NOCYCLE CACHE 50;

CREATE TABLE IF NOT EXISTS members (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
    card_no     INT UNSIGNED NOT NULL DEFAULT NEXTVAL(member_card_seq),
    branch_id   SMALLINT UNSIGNED NOT NULL,
    full_name   VARCHAR(200) NOT NULL,
    email       VARCHAR(191) NULL,
    birth_date  DATE NULL,
    preferences LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL CHECK (JSON_VALID(preferences)),
    status      ENUM('active', 'suspended', 'closed') NOT NULL DEFAULT 'active',
    joined_at   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY uq_members_card (card_no),
    UNIQUE KEY uq_members_email (email),
    CONSTRAINT fk_members_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS titles (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    isbn13      CHAR(13) NULL,
    title       VARCHAR(500) NOT NULL,
    subtitle    VARCHAR(500) NULL,
    authors     VARCHAR(1000) NOT NULL,
    published   YEAR NULL,
    language    CHAR(2) NOT NULL DEFAULT 'en',
    uuid        UUID NOT NULL DEFAULT UUID(),
    UNIQUE KEY uq_titles_isbn (isbn13),
    FULLTEXT KEY ft_titles (title, subtitle, authors)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS copies (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title_id    INT UNSIGNED NOT NULL,
    branch_id   SMALLINT UNSIGNED NOT NULL,
    barcode     VARCHAR(20) NOT NULL,
    condition_  ENUM('new','good','worn','damaged') NOT NULL DEFAULT 'good',
    acquired_on DATE NULL,
    UNIQUE KEY uq_copies_barcode (barcode),
    KEY ix_copies_title (title_id),
    CONSTRAINT fk_copies_title FOREIGN KEY (title_id) REFERENCES titles (id),
    CONSTRAINT fk_copies_branch FOREIGN KEY (branch_id) REFERENCES branches (id)
) ENGINE=InnoDB;
