ALTER TABLE billing.subscriptions
    ADD CONSTRAINT subscriptions_plan_fk2 FOREIGN KEY (plan_id) REFERENCES billing.plans (id) NOT VALID;
ALTER TABLE billing.subscriptions VALIDATE CONSTRAINT subscriptions_plan_fk2;
ALTER TABLE billing.subscriptions DROP CONSTRAINT subscriptions_plan_id_fkey;
ALTER TABLE billing.subscriptions RENAME CONSTRAINT subscriptions_plan_fk2 TO subscriptions_plan_id_fkey;
ALTER TABLE billing.invoices ALTER CONSTRAINT invoices_customer_fk DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE billing.plans ALTER COLUMN amount SET DATA TYPE billing.cents;
ALTER TABLE billing.plans ALTER COLUMN trial_days SET DATA TYPE smallint USING trial_days::smallint;
ALTER TABLE billing.customers ALTER COLUMN metadata SET STATISTICS 0;
ALTER TABLE billing.customers REPLICA IDENTITY FULL;
ALTER TABLE billing.payments SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.01);
