BEGIN;
--
-- Rename model Loan to Borrowing
--
ALTER TABLE "library_loan" RENAME TO "library_borrowing";
ALTER TABLE "library_borrowing" RENAME CONSTRAINT "due_after_borrowed" TO "borrowing_due_after_borrowed";
ALTER INDEX "library_loan_book_id_9a2c4e6f" RENAME TO "library_borrowing_book_id_1b3d5f7a";
ALTER INDEX "library_loan_member_id_3d5f7a9b" RENAME TO "library_borrowing_member_id_2c4e6a8b";
--
-- Add field overdue_days to borrowing
--
ALTER TABLE "library_borrowing" ADD COLUMN "overdue_days" integer GENERATED ALWAYS AS (GREATEST(0, EXTRACT(DAY FROM (COALESCE("returned_at", '2100-01-01'::timestamptz) - "due_at"))::integer)) STORED;
--
-- Alter field id on author
--
ALTER TABLE "library_author" ALTER COLUMN "id" SET DATA TYPE bigint;
--
-- Remove index library_boo_publish_8c1d2e_idx from book
--
DROP INDEX IF EXISTS "library_boo_publish_8c1d2e_idx";
--
-- Create index library_boo_publish_6d0c1e_idx on field(s) published_on of model book
--
CREATE INDEX "library_boo_publish_6d0c1e_idx" ON "library_book" ("published_on") INCLUDE ("title", "rating");
COMMIT;
