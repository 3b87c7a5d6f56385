BEGIN;
--
-- Create model Voter
--
CREATE TABLE "polls_voter" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "email" varchar(254) NOT NULL UNIQUE, "verified" bool NOT NULL, "joined" datetime NOT NULL);
--
-- Create model Vote
--
CREATE TABLE "polls_vote" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "cast_at" datetime NOT NULL, "choice_id" bigint NOT NULL REFERENCES "polls_choice" ("id") DEFERRABLE INITIALLY DEFERRED, "voter_id" bigint NOT NULL REFERENCES "polls_voter" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "polls_vote_choice_id_6e2c1b1a" ON "polls_vote" ("choice_id");
CREATE INDEX "polls_vote_voter_id_9b1f4d2e" ON "polls_vote" ("voter_id");
CREATE UNIQUE INDEX "polls_vote_choice_id_voter_id_4a7e9c3d_uniq" ON "polls_vote" ("choice_id", "voter_id");
COMMIT;
