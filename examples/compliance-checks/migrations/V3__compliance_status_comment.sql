COMMENT ON COLUMN compliance_checks.status IS 'pending, passed or failed';

CREATE INDEX compliance_checks_status_idx ON compliance_checks (status)
    WHERE status = 'pending';
