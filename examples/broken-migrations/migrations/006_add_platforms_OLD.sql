-- The platforms a course is published on (web, iOS, Android).
CREATE TABLE platforms (
    id          bigserial PRIMARY KEY,
    slug        text      NOT NULL UNIQUE,
    name        text      NOT NULL,
    description text
);

CREATE INDEX platforms_description_idx ON platforms (description);
