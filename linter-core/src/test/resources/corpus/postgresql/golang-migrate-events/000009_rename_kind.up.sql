ALTER TABLE events RENAME COLUMN kind TO event_type;
ALTER INDEX IF EXISTS events_kind_idx RENAME TO events_event_type_idx;
ALTER TABLE webhooks RENAME COLUMN event_kinds TO event_types;
ALTER TABLE webhook_deliveries ALTER COLUMN response_body SET DATA TYPE VARCHAR(65536);
ALTER TABLE webhook_deliveries ALTER COLUMN duration_ms TYPE BIGINT;
