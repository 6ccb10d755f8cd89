package io.dragoman.core;

import java.util.List;

/** A named resource does not exist. */
public final class NotFoundException extends DragomanException {
    private final String resource;
    private final Object id;
    private final String parameter;

    public NotFoundException(String resource, Object id) {
        this(resource, id, null, resource + " " + id + " does not exist");
    }

    private NotFoundException(String resource, Object id, String parameter, String message) {
        super(message);
        this.resource = resource;
        this.id = id;
        this.parameter = parameter;
    }

    /** The resource a request parameter names (by id or name) does not exist; the answer names the parameter. */
    public static NotFoundException byParameter(String parameter, String resource, Object value) {
        return new NotFoundException(resource, value, parameter,
                "no " + resource + " has the id or name '" + value + "' (parameter " + parameter + ")");
    }

    public String resource() { return resource; }

    public Object id() { return id; }

    /** The request parameter that named the resource, or null for a path id. */
    public String parameter() { return parameter; }

    @Override
    public Problem toProblem() {
        Problem problem = super.toProblem();
        return parameter == null ? problem : problem.withViolations(
                List.of(new Violation(parameter, "no " + resource + " has the id or name '" + id + "'")));
    }

    @Override public String type() { return "not-found"; }

    @Override public String title() { return "Not found"; }

    @Override public int status() { return 404; }
}
