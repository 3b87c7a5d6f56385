ALTER TABLE deals ADD COLUMN lost_reason VARCHAR(255) NULL AFTER won;
ALTER TABLE deals ADD COLUMN source VARCHAR(50) NULL AFTER currency, ADD COLUMN score TINYINT UNSIGNED NULL;
ALTER TABLE deals MODIFY value DECIMAL(18,2) NOT NULL DEFAULT '0.00';
ALTER TABLE deals ADD INDEX deals_expected_close_index (expected_close);
ALTER TABLE deals ADD FULLTEXT INDEX deals_title_fulltext (title);
CREATE INDEX deals_account_stage_index ON deals (account_id, stage_id) ALGORITHM=INPLACE LOCK=NONE;
ALTER TABLE contacts ADD UNIQUE contacts_account_email_unique (account_id, email);
ALTER TABLE contacts DROP INDEX contacts_email_index;
ALTER TABLE activities ADD CONSTRAINT activities_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL;
