package io.dragoman.core;

/** A named resource does not exist. */
public final class NotFoundException extends DragomanException {
    private final String resource;
    private final Object id;

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " does not exist");
        this.resource = resource;
        this.id = id;
    }

    public String resource() { return resource; }

    public Object id() { return id; }

    @Override public String type() { return "not-found"; }

    @Override public String title() { return "Not found"; }

    @Override public int status() { return 404; }
}
