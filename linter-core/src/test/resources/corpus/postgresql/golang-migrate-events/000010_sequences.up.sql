CREATE SEQUENCE IF NOT EXISTS delivery_batch_seq;
ALTER SEQUENCE delivery_batch_seq INCREMENT BY 10 MINVALUE 1 NO MAXVALUE START WITH 1000;
ALTER SEQUENCE IF EXISTS delivery_batch_seq RENAME TO webhook_batch_seq;
ALTER TABLE webhook_deliveries ADD COLUMN batch_id BIGINT DEFAULT nextval('webhook_batch_seq');
ALTER SEQUENCE webhook_batch_seq OWNED BY webhook_deliveries.batch_id;
SELECT setval('webhook_batch_seq', 1000, false);
