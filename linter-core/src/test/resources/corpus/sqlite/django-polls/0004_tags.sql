BEGIN;
--
-- Create model Tag
--
CREATE TABLE "polls_tag" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(40) NOT NULL UNIQUE);
CREATE TABLE "polls_question_tags" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "question_id" bigint NOT NULL REFERENCES "polls_question" ("id") DEFERRABLE INITIALLY DEFERRED, "tag_id" bigint NOT NULL REFERENCES "polls_tag" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE UNIQUE INDEX "polls_question_tags_question_id_tag_id_2b8e6f0a_uniq" ON "polls_question_tags" ("question_id", "tag_id");
CREATE INDEX "polls_question_tags_question_id_0d7c5e3b" ON "polls_question_tags" ("question_id");
CREATE INDEX "polls_question_tags_tag_id_8f4a2c1d" ON "polls_question_tags" ("tag_id");
--
-- Create index polls_quest_pub_dat_5e1b2a_idx on field(s) pub_date of model question
--
CREATE INDEX "polls_quest_pub_dat_5e1b2a_idx" ON "polls_question" ("pub_date");
--
-- Create constraint closes_after_pub on model question
--
CREATE TABLE "new__polls_question" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "slug" varchar(50) NOT NULL UNIQUE, "question_text" varchar(200) NOT NULL, "pub_date" datetime NOT NULL, "closes_at" datetime NULL, CONSTRAINT "closes_after_pub" CHECK (("closes_at" IS NULL OR "closes_at" > ("pub_date"))));
INSERT INTO "new__polls_question" ("id", "slug", "question_text", "pub_date", "closes_at") SELECT "id", "slug", "question_text", "pub_date", "closes_at" FROM "polls_question";
DROP TABLE "polls_question";
ALTER TABLE "new__polls_question" RENAME TO "polls_question";
CREATE INDEX "polls_quest_pub_dat_5e1b2a_idx" ON "polls_question" ("pub_date");
COMMIT;
