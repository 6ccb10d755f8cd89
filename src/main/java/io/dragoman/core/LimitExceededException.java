package io.dragoman.core;

/** A configured limit (text length, upload size, unit count) was exceeded. */
public final class LimitExceededException extends DragomanException {
    private final String field;
    private final long limit;
    private final long actual;

    public LimitExceededException(String field, long limit, long actual, String unit) {
        super(field + " is " + actual + " " + unit + " long; the configured limit is " + limit);
        this.field = field;
        this.limit = limit;
        this.actual = actual;
    }

    public String field() { return field; }

    public long limit() { return limit; }

    public long actual() { return actual; }

    @Override public String type() { return "limit-exceeded"; }

    @Override public String title() { return "Limit exceeded"; }

    @Override public int status() { return 413; }
}
