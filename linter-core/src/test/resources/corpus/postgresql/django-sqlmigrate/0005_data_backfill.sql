BEGIN;
--
-- Raw SQL operation
--
UPDATE "library_book" SET "search" = to_tsvector('english', coalesce("title", '') || ' ' || coalesce("summary", ''));
--
-- Raw SQL operation
--
INSERT INTO "library_publisher" ("name", "website") VALUES ('Unknown', '') ON CONFLICT DO NOTHING;
--
-- Alter field status on loan
--
ALTER TABLE "library_loan" ALTER COLUMN "status" SET DEFAULT 'open';
UPDATE "library_loan" SET "status" = 'open' WHERE "status" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "library_loan" ALTER COLUMN "status" DROP DEFAULT;
--
-- Create constraint status_valid on model loan
--
ALTER TABLE "library_loan" ADD CONSTRAINT "status_valid" CHECK ("status" IN ('open', 'returned', 'lost'));
--
-- Delete model Store
--
DROP TABLE "library_store_books" CASCADE;
DROP TABLE "library_store" CASCADE;
COMMIT;
