package io.dragoman.glossary;

/** How many concepts an import created and how many it replaced. */
public record ImportCounts(int created, int updated) {
}
