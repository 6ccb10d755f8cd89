-- An API token's default memory: what a CAT tool reads (and MateCat's set writes) when its
-- request names none. A deleted memory leaves its tokens on every memory their owner may read.
ALTER TABLE api_token ADD COLUMN memory_id BIGINT;
ALTER TABLE api_token ADD CONSTRAINT fk_api_token_memory FOREIGN KEY (memory_id) REFERENCES memory (id) ON DELETE SET NULL;
