package io.dragoman.job;

/**
 * The kinds of work Dragoman runs as jobs. Each keeps its own details in its own table keyed by
 * the job's id; {@code unit} names what a job's progress counts.
 */
public enum JobKind {
    TMX_IMPORT("tmx-import", "import jobs", "bytes"),
    QA_RUN("qa-run", "QA runs", "units");

    private final String code;
    private final String plural;
    private final String unit;

    JobKind(String code, String plural, String unit) {
        this.code = code;
        this.plural = plural;
        this.unit = unit;
    }

    /** As stored in {@code job.kind} and shown in {@link JobView#kind()}. */
    public String code() {
        return code;
    }

    String plural() {
        return plural;
    }

    String unit() {
        return unit;
    }

    static JobKind of(String code) {
        for (JobKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalStateException("job.kind holds one of the kinds' codes, not " + code);
    }
}
