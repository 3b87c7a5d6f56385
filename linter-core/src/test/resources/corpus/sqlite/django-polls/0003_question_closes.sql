BEGIN;
--
-- Add field closes_at to question
--
ALTER TABLE "polls_question" ADD COLUMN "closes_at" datetime NULL;
--
-- Add field slug to question
--
CREATE TABLE "new__polls_question" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "slug" varchar(50) NOT NULL UNIQUE, "question_text" varchar(200) NOT NULL, "pub_date" datetime NOT NULL, "closes_at" datetime NULL);
INSERT INTO "new__polls_question" ("id", "question_text", "pub_date", "closes_at", "slug") SELECT "id", "question_text", "pub_date", "closes_at", 'question-' || "id" FROM "polls_question";
DROP TABLE "polls_question";
ALTER TABLE "new__polls_question" RENAME TO "polls_question";
--
-- Alter field votes on choice
--
CREATE TABLE "new__polls_choice" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "choice_text" varchar(200) NOT NULL, "question_id" bigint NOT NULL REFERENCES "polls_question" ("id") DEFERRABLE INITIALLY DEFERRED, "votes" integer unsigned NOT NULL CHECK ("votes" >= 0));
INSERT INTO "new__polls_choice" ("id", "choice_text", "question_id", "votes") SELECT "id", "choice_text", "question_id", "votes" FROM "polls_choice";
DROP TABLE "polls_choice";
ALTER TABLE "new__polls_choice" RENAME TO "polls_choice";
CREATE INDEX "polls_choice_question_id_c5b4b260" ON "polls_choice" ("question_id");
COMMIT;
