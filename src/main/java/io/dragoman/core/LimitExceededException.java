package io.dragoman.core;

/**
 * A configured limit (text length, upload size, unit count) was exceeded. The answer names the
 * setting that holds the limit, so that an administrator who wants larger requests knows what to
 * raise (docs/reliability.md lists every limit).
 */
public final class LimitExceededException extends DragomanException {
    private final String field;
    private final String setting;
    private final long limit;
    private final long actual;

    /** {@code field} is what the request sent too much of; {@code setting} the configuration key of the limit. */
    public LimitExceededException(String field, String setting, long limit, long actual, String unit) {
        super(field + " is " + actual + " " + unit + " long; the configured limit is " + limit + " (" + setting + ")");
        this.field = field;
        this.setting = setting;
        this.limit = limit;
        this.actual = actual;
    }

    public String field() { return field; }

    public long limit() { return limit; }

    public long actual() { return actual; }

    @Override public String type() { return "limit-exceeded"; }

    @Override public String title() { return "Limit exceeded"; }

    @Override public int status() { return 413; }

    @Override
    public Problem toProblem() {
        return super.toProblem().withLimit(new Problem.Limit(setting, limit));
    }
}
