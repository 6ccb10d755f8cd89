-- TMX import jobs. A job runs on the node that received the upload, but its state, progress and
-- final report live here, so any node behind the load balancer can answer GET /api/imports/{id}.
-- heartbeat_at is refreshed while the job runs: a RUNNING job whose heartbeat is old lost its node.
CREATE TABLE tmx_import_job (
    id           VARCHAR(36)   PRIMARY KEY,
    status       VARCHAR(20)   NOT NULL,
    memory_name  VARCHAR(200)  NOT NULL,
    policy       VARCHAR(20)   NOT NULL,
    lenient      BOOLEAN       NOT NULL,
    dry_run      BOOLEAN       NOT NULL,
    file_name    VARCHAR(500),
    node         VARCHAR(64)   NOT NULL,
    bytes_total  BIGINT        NOT NULL,
    bytes_read   BIGINT        DEFAULT 0 NOT NULL,
    units_read   BIGINT        DEFAULT 0 NOT NULL,
    -- The final ImportReport (JSON) when the job succeeded, the problem (JSON) when it failed.
    report       VARCHAR(1000000),
    problem      VARCHAR(20000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_tmx_import_job_status CHECK (status IN ('queued', 'running', 'succeeded', 'failed'))
);
CREATE INDEX ix_tmx_import_job_created ON tmx_import_job (created_at);

-- Duplicate detection during imports looks up a chunk of source hashes at once
-- (source_hash IN (...)). H2 uses an index for an IN list only on an index's first column, so
-- the (memory_id, source_hash) index of V1 made it scan the whole memory for every chunk.
CREATE INDEX ix_unit_source_hash_only ON translation_unit (source_hash);
