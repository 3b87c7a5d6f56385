-- Users, and the courses they write and take.
CREATE TABLE users (
    id         bigserial   PRIMARY KEY,
    email      text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE courses (
    id         bigserial   PRIMARY KEY,
    author_id  bigint      NOT NULL REFERENCES users (id),
    title      text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
