-- One job model. TMX imports (V3's tmx_import_job) and QA runs (V6's qa_run) kept their state,
-- heartbeat and failure each in their own way; from here on every job's life lives in `job` and
-- each kind keeps only what is its own in a table keyed by the job: an import's options and
-- report in tmx_import, a run's filter, settings and counts in qa_run (whose number, findings and
-- memory cascade stay as they were). Existing rows are moved, not dropped: a client that holds an
-- import's id or a run's number reads the same job after the upgrade.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- id: a UUID (an import's id is its job's id); QA runs from before this migration are named
-- 'qa-run-N'. status: the enum's names; the API shows them in lower case.
-- progress_done of progress_total: bytes of the upload for an import, units for a QA run.
-- problem: the RFC 9457 problem document (JSON) of a failed job.
-- heartbeat_at: refreshed while the job's node lives; an open job whose heartbeat is old lost it.
CREATE TABLE job (
    id             VARCHAR(36)   PRIMARY KEY,
    kind           VARCHAR(20)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    node           VARCHAR(64),
    phase          VARCHAR(40),
    progress_done  BIGINT        DEFAULT 0 NOT NULL,
    progress_total BIGINT        DEFAULT 0 NOT NULL,
    problem        VARCHAR(20000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    heartbeat_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_job_kind CHECK (kind IN ('tmx-import', 'qa-run')),
    CONSTRAINT ck_job_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
-- The sweep looks for open jobs with an old heartbeat.
CREATE INDEX ix_job_open ON job (status, heartbeat_at);

-- TMX imports: the options asked for and, once succeeded, the report (JSON).
CREATE TABLE tmx_import (
    job_id      VARCHAR(36)   PRIMARY KEY REFERENCES job (id) ON DELETE CASCADE,
    memory_name VARCHAR(200)  NOT NULL,
    policy      VARCHAR(20)   NOT NULL,
    lenient     BOOLEAN       NOT NULL,
    dry_run     BOOLEAN       NOT NULL,
    file_name   VARCHAR(500),
    units_read  BIGINT        DEFAULT 0 NOT NULL,
    report      VARCHAR(1000000)
);

INSERT INTO job (id, kind, status, node, progress_done, progress_total, problem, created_at, started_at,
                 finished_at, heartbeat_at)
SELECT id, 'tmx-import', UPPER(status), node, bytes_read, bytes_total, problem, created_at, started_at,
       finished_at, heartbeat_at
FROM tmx_import_job;

INSERT INTO tmx_import (job_id, memory_name, policy, lenient, dry_run, file_name, units_read, report)
SELECT id, memory_name, policy, lenient, dry_run, file_name, units_read, report
FROM tmx_import_job;

DROP TABLE tmx_import_job;

-- QA runs: the run keeps its number (findings and links name it) and points at its job.
ALTER TABLE qa_run ADD COLUMN job_id VARCHAR(36);
UPDATE qa_run SET job_id = 'qa-run-' || CAST(id AS VARCHAR(20));

-- A failure was plain text; it becomes the detail of an internal-error problem (backslashes,
-- quotes, line ends and tabs escaped for JSON; the strings below hold a real line end and tab).
INSERT INTO job (id, kind, status, node, phase, progress_done, progress_total, problem, created_at, started_at,
                 finished_at, heartbeat_at)
SELECT job_id, 'qa-run',
       CASE status WHEN 'done' THEN 'SUCCEEDED' ELSE UPPER(status) END,
       node, phase, units_checked, units_total,
       CASE WHEN failure IS NULL THEN NULL
            ELSE '{"type":"/problems/internal-error","title":"Internal error","status":500,"detail":"'
                 || REPLACE(REPLACE(REPLACE(REPLACE(failure, '\', '\\'), '"', '\"'), '
', '\n'), '	', '\t') || '"}'
       END,
       created_at, started_at, finished_at, COALESCE(heartbeat_at, started_at, created_at)
FROM qa_run;

ALTER TABLE qa_run ALTER COLUMN job_id SET NOT NULL;
ALTER TABLE qa_run ADD CONSTRAINT uk_qa_run_job UNIQUE (job_id);
ALTER TABLE qa_run ADD CONSTRAINT fk_qa_run_job FOREIGN KEY (job_id) REFERENCES job (id) ON DELETE CASCADE;

ALTER TABLE qa_run DROP CONSTRAINT ck_qa_run_status;
ALTER TABLE qa_run DROP COLUMN status;
ALTER TABLE qa_run DROP COLUMN phase;
ALTER TABLE qa_run DROP COLUMN units_total;
ALTER TABLE qa_run DROP COLUMN units_checked;
ALTER TABLE qa_run DROP COLUMN failure;
ALTER TABLE qa_run DROP COLUMN node;
ALTER TABLE qa_run DROP COLUMN created_at;
ALTER TABLE qa_run DROP COLUMN started_at;
ALTER TABLE qa_run DROP COLUMN finished_at;
ALTER TABLE qa_run DROP COLUMN heartbeat_at;
