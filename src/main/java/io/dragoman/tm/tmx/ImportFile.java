package io.dragoman.tm.tmx;

import java.nio.file.Path;

/** A file to import: where it is, and its name as the user knows it (for reports and origins). */
public record ImportFile(String name, Path path) {
}
