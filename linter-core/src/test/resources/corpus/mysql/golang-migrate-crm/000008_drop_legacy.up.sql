ALTER TABLE activities DROP FOREIGN KEY activities_user_id_foreign;
ALTER TABLE activities DROP COLUMN user_id;
ALTER TABLE activities ADD COLUMN owner_id BIGINT UNSIGNED NULL AFTER subject_id,
  ADD CONSTRAINT activities_owner_id_foreign FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE SET NULL;
DROP TABLE IF EXISTS activity_attendees;
RENAME TABLE scoring_rules TO lead_scoring_rules;
ALTER TABLE accounts RENAME INDEX accounts_owner_id_index TO accounts_owner_index;
TRUNCATE TABLE lead_scoring_rules;
