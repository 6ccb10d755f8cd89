package io.dragoman.xliff;

/** The XLIFF versions Dragoman pre-translates, named by their namespaces. */
enum XliffVersion {
    V1_2("urn:oasis:names:tc:xliff:document:1.2", "trans-unit"),
    V2_0("urn:oasis:names:tc:xliff:document:2.0", "segment");

    final String namespace;
    /** The element that holds one source and its target. */
    final String segmentElement;

    XliffVersion(String namespace, String segmentElement) {
        this.namespace = namespace;
        this.segmentElement = segmentElement;
    }
}
