package io.dragoman.tm.tmx;

/**
 * What the importer needs from a TMX header: the version as written and {@code srclang} as
 * written ({@code *all*}, a language code, or null when missing), with the header's position.
 */
record TmxHeader(String version, String srclang, long line, long column) {
    static final String ALL = "*all*";
}
