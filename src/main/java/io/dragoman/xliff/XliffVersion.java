package io.dragoman.xliff;

/** The XLIFF versions Dragoman pre-translates, named by their namespaces. */
enum XliffVersion {
    V1_2("urn:oasis:names:tc:xliff:document:1.2"),
    V2_0("urn:oasis:names:tc:xliff:document:2.0");

    final String namespace;

    XliffVersion(String namespace) {
        this.namespace = namespace;
    }
}
