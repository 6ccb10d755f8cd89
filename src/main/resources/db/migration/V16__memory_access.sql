-- Per-memory access. Portable SQL (H2 2.x, PostgreSQL 13+).

-- access: 'team' (every signed-in user reads, translators and up write units) or 'restricted'
-- (only the memory's members and admins). No CHECK constraint: see H2 issue #4291 in
-- docs/architecture.md; io.dragoman.account.MemoryAccess accepts only these two values.
ALTER TABLE memory ADD COLUMN access VARCHAR(20) DEFAULT 'team' NOT NULL;

-- The members of a restricted memory, by account name (users only, no groups); can_write lets
-- the member add, edit and delete its units. Rows of a team memory are kept but grant nothing.
CREATE TABLE memory_member (
    memory_id BIGINT        NOT NULL REFERENCES memory (id) ON DELETE CASCADE,
    username  VARCHAR(100)  NOT NULL,
    can_write BOOLEAN       NOT NULL,
    CONSTRAINT pk_memory_member PRIMARY KEY (memory_id, username)
);
CREATE INDEX ix_memory_member_user ON memory_member (username);
