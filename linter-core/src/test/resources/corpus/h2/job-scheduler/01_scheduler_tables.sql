CREATE TABLE IF NOT EXISTS sched_calendars (
  sched_name    VARCHAR(120) NOT NULL,
  calendar_name VARCHAR(200) NOT NULL,
  calendar      BLOB NOT NULL,
  PRIMARY KEY (sched_name, calendar_name)
);

CREATE TABLE IF NOT EXISTS sched_jobs (
  sched_name        VARCHAR(120) NOT NULL,
  job_name          VARCHAR(200) NOT NULL,
  job_group         VARCHAR(200) NOT NULL,
  description       VARCHAR(250),
  job_class_name    VARCHAR(250) NOT NULL,
  is_durable        BOOLEAN NOT NULL,
  is_nonconcurrent  BOOLEAN NOT NULL,
  requests_recovery BOOLEAN NOT NULL,
  job_data          BLOB,
  CONSTRAINT pk_sched_jobs PRIMARY KEY (sched_name, job_name, job_group)
);

CREATE TABLE IF NOT EXISTS sched_triggers (
  sched_name     VARCHAR(120) NOT NULL,
  trigger_name   VARCHAR(200) NOT NULL,
  trigger_group  VARCHAR(200) NOT NULL,
  job_name       VARCHAR(200) NOT NULL,
  job_group      VARCHAR(200) NOT NULL,
  description    VARCHAR(250),
  next_fire_time BIGINT,
  prev_fire_time BIGINT,
  priority       INTEGER,
  trigger_state  VARCHAR(16) NOT NULL,
  trigger_type   VARCHAR(8) NOT NULL,
  start_time     BIGINT NOT NULL,
  end_time       BIGINT,
  calendar_name  VARCHAR(200),
  misfire_instr  SMALLINT,
  job_data       BLOB,
  CONSTRAINT pk_sched_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
  CONSTRAINT fk_sched_triggers_jobs FOREIGN KEY (sched_name, job_name, job_group)
    REFERENCES sched_jobs (sched_name, job_name, job_group)
);

CREATE TABLE IF NOT EXISTS sched_cron_triggers (
  sched_name      VARCHAR(120) NOT NULL,
  trigger_name    VARCHAR(200) NOT NULL,
  trigger_group   VARCHAR(200) NOT NULL,
  cron_expression VARCHAR(120) NOT NULL,
  time_zone_id    VARCHAR(80),
  PRIMARY KEY (sched_name, trigger_name, trigger_group),
  FOREIGN KEY (sched_name, trigger_name, trigger_group)
    REFERENCES sched_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS sched_fired_triggers (
  sched_name        VARCHAR(120) NOT NULL,
  entry_id          VARCHAR(95) NOT NULL,
  trigger_name      VARCHAR(200) NOT NULL,
  trigger_group     VARCHAR(200) NOT NULL,
  instance_name     VARCHAR(200) NOT NULL,
  fired_time        BIGINT NOT NULL,
  sched_time        BIGINT NOT NULL,
  priority          INTEGER NOT NULL,
  state             VARCHAR(16) NOT NULL,
  job_name          VARCHAR(200),
  job_group         VARCHAR(200),
  is_nonconcurrent  BOOLEAN,
  requests_recovery BOOLEAN,
  PRIMARY KEY (sched_name, entry_id)
);

CREATE TABLE IF NOT EXISTS sched_locks (
  sched_name VARCHAR(120) NOT NULL,
  lock_name  VARCHAR(40) NOT NULL,
  PRIMARY KEY (sched_name, lock_name)
);

CREATE INDEX IF NOT EXISTS idx_sched_j_grp ON sched_jobs (sched_name, job_group);
CREATE INDEX IF NOT EXISTS idx_sched_t_j ON sched_triggers (sched_name, job_name, job_group);
CREATE INDEX IF NOT EXISTS idx_sched_t_c ON sched_triggers (sched_name, calendar_name);
CREATE INDEX IF NOT EXISTS idx_sched_t_state ON sched_triggers (sched_name, trigger_state);
CREATE INDEX IF NOT EXISTS idx_sched_t_next_fire_time ON sched_triggers (sched_name, next_fire_time);
CREATE INDEX IF NOT EXISTS idx_sched_t_nft_st ON sched_triggers (sched_name, trigger_state, next_fire_time);
CREATE INDEX IF NOT EXISTS idx_sched_ft_trig_inst_name ON sched_fired_triggers (sched_name, instance_name);
CREATE INDEX IF NOT EXISTS idx_sched_ft_j_g ON sched_fired_triggers (sched_name, job_name, job_group);
CREATE INDEX IF NOT EXISTS idx_sched_ft_t_g ON sched_fired_triggers (sched_name, trigger_name, trigger_group);
