package io.dragoman.core;

/**
 * This node already holds as many waiting or running jobs of a kind as it is configured to: the
 * request is refused before anything is stored, and the client may retry later.
 */
public final class BusyException extends DragomanException {
    /** A queued job takes minutes; asking again sooner only adds load. */
    private static final String RETRY_AFTER_SECONDS = "30";
    private final String setting;
    private final long limit;

    public BusyException(String jobs, String setting, long limit) {
        super("this node already has " + limit + " " + jobs + " waiting or running; the configured limit is " + limit
                + " (" + setting + "). Retry when one has finished");
        this.setting = setting;
        this.limit = limit;
    }

    @Override public String type() { return "busy"; }

    @Override public String title() { return "Too many jobs"; }

    @Override public int status() { return 429; }

    @Override
    public java.util.Map<String, String> headers() {
        return java.util.Map.of("Retry-After", RETRY_AFTER_SECONDS);
    }

    @Override
    public Problem toProblem() {
        return super.toProblem().withLimit(new Problem.Limit(setting, limit));
    }
}
