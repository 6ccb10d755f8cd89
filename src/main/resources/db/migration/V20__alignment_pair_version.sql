-- A pair's version: two reviewers who changed the same pair from the same copy are told so (409)
-- instead of the second silently undoing the first.
ALTER TABLE alignment_pair ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
