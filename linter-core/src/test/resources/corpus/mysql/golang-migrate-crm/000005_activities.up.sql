CREATE TABLE activities (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  subject_type VARCHAR(50) NOT NULL,
  subject_id BIGINT UNSIGNED NOT NULL,
  user_id BIGINT UNSIGNED NULL,
  type ENUM('call','email','meeting','note','task') NOT NULL,
  body TEXT NULL,
  due_at DATETIME NULL,
  done_at DATETIME NULL,
  created_at TIMESTAMP NULL,
  PRIMARY KEY (id),
  KEY activities_subject_index (subject_type, subject_id),
  KEY activities_user_due_index (user_id, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity_attendees (
  activity_id BIGINT UNSIGNED NOT NULL,
  contact_id BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (activity_id, contact_id),
  CONSTRAINT activity_attendees_activity_id_foreign FOREIGN KEY (activity_id) REFERENCES activities (id) ON DELETE CASCADE,
  CONSTRAINT activity_attendees_contact_id_foreign FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE
) ENGINE=InnoDB;
