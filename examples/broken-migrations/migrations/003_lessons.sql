-- The lessons of a course, in order. The index was written first and the table
-- below it; on an empty database the first statement already fails.
CREATE INDEX lessons_course_id_idx ON lessons (course_id);

CREATE TABLE lessons (
    id        bigserial PRIMARY KEY,
    course_id bigint    NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    position  integer   NOT NULL,
    title     text      NOT NULL,
    UNIQUE (course_id, position)
);
