BEGIN;
--
-- Alter field title on book
--
ALTER TABLE "library_book" ALTER COLUMN "title" TYPE varchar(500);
--
-- Add field language to book
--
ALTER TABLE "library_book" ADD COLUMN "language" varchar(8) DEFAULT 'en' NOT NULL;
ALTER TABLE "library_book" ALTER COLUMN "language" DROP DEFAULT;
--
-- Add field summary to book
--
ALTER TABLE "library_book" ADD COLUMN "summary" text NULL;
--
-- Alter field rating on book
--
ALTER TABLE "library_book" ALTER COLUMN "rating" TYPE numeric(3, 1) USING "rating"::numeric(3, 1);
--
-- Rename field born_on on author to birth_date
--
ALTER TABLE "library_author" RENAME COLUMN "born_on" TO "birth_date";
--
-- Alter field website on publisher
--
ALTER TABLE "library_publisher" ALTER COLUMN "website" DROP NOT NULL;
--
-- Create index library_boo_publish_8c1d2e_idx on field(s) published_on, -rating of model book
--
CREATE INDEX "library_boo_publish_8c1d2e_idx" ON "library_book" ("published_on", "rating" DESC);
--
-- Create constraint unique_title_per_publisher on model book
--
CREATE UNIQUE INDEX "unique_title_per_publisher" ON "library_book" ((LOWER("title")), "publisher_id");
COMMIT;
