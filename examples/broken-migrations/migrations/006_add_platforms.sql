-- The platforms a course is published on (web, iOS, Android). The description
-- column was dropped in review; its index stayed.
CREATE TABLE platforms (
    id   bigserial PRIMARY KEY,
    slug text      NOT NULL UNIQUE,
    name text      NOT NULL
);

CREATE INDEX platforms_description_idx ON platforms (description);

CREATE TABLE course_platforms (
    course_id   bigint NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    platform_id bigint NOT NULL REFERENCES platforms (id),
    PRIMARY KEY (course_id, platform_id)
);
