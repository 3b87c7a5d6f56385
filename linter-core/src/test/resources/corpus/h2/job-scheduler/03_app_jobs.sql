CREATE TABLE job_definitions (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  name         VARCHAR(100) NOT NULL,
  cron         VARCHAR(120),
  enabled      BOOLEAN DEFAULT TRUE NOT NULL,
  timeout_secs INT DEFAULT 3600 NOT NULL,
  payload      JSON,
  owner        VARCHAR(64),
  created_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT uk_job_definitions_name UNIQUE (name),
  CONSTRAINT ck_job_definitions_timeout CHECK (timeout_secs BETWEEN 1 AND 86400)
);

CREATE TABLE job_runs (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  job_id       BIGINT NOT NULL REFERENCES job_definitions (id) ON DELETE CASCADE,
  started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE,
  outcome      VARCHAR(10) CHECK (outcome IN ('OK', 'FAILED', 'TIMEOUT')),
  log          CLOB,
  host         VARCHAR(255)
);
CREATE INDEX idx_job_runs_job_started ON job_runs (job_id, started_at DESC);

CREATE TABLE job_locks (
  job_id      BIGINT PRIMARY KEY,
  locked_by   VARCHAR(255) NOT NULL,
  locked_at   TIMESTAMP NOT NULL,
  expires_at  TIMESTAMP NOT NULL,
  FOREIGN KEY (job_id) REFERENCES job_definitions (id)
);

INSERT INTO job_definitions (name, cron, timeout_secs) VALUES ('nightly-report', '0 0 2 * * ?', 7200);
INSERT INTO job_definitions (name, cron) VALUES ('cleanup-sessions', '0 */15 * * * ?');
INSERT INTO job_definitions (name, cron, enabled) VALUES ('reindex-search', '0 30 3 * * SUN', FALSE);

ALTER TABLE job_runs ADD COLUMN attempt INT DEFAULT 1 NOT NULL;
ALTER TABLE job_runs ADD COLUMN triggered_by VARCHAR(20) DEFAULT 'SCHEDULE';
ALTER TABLE job_definitions ALTER COLUMN owner SET DEFAULT 'platform';
ALTER TABLE job_definitions ADD CONSTRAINT ck_job_definitions_name CHECK (LENGTH(name) > 2);
CREATE VIEW failed_runs AS SELECT r.id, d.name, r.started_at, r.outcome FROM job_runs r JOIN job_definitions d ON d.id = r.job_id WHERE r.outcome <> 'OK';
ALTER TABLE job_locks DROP CONSTRAINT IF EXISTS fk_job_locks_job;
ALTER TABLE job_runs RENAME COLUMN host TO hostname;
DROP VIEW IF EXISTS failed_runs;
CREATE OR REPLACE VIEW failed_runs AS SELECT r.id, d.name, r.started_at, r.outcome, r.attempt FROM job_runs r JOIN job_definitions d ON d.id = r.job_id WHERE r.outcome <> 'OK';
DELETE FROM job_runs WHERE started_at < DATEADD('DAY', -30, CURRENT_TIMESTAMP);
