package io.dragoman.api;

/** How every endpoint's {@code memory} parameter reads, as the OpenAPI document says it. */
final class MemoryParameter {
    static final String LOOKUP = "A memory's id (as GET /api/memories lists it) or its name; repeat the parameter for"
            + " several. Digits are read as an id first and, when no memory has that id, as a name."
            + " A memory that does not exist answers 404 problem+json naming the parameter.";
    static final String ONE = "A memory's id (as GET /api/memories lists it) or its name. Digits are read as an id"
            + " first and, when no memory has that id, as a name. A memory that does not exist answers 404"
            + " problem+json naming the parameter.";
    static final String IMPORT = "The memory to import into: its id (as GET /api/memories lists it) or its name."
            + " Digits are read as an id first and, when no memory has that id, as a name; a name that no"
            + " memory has creates the memory.";

    private MemoryParameter() {
    }
}
