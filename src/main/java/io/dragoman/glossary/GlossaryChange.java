package io.dragoman.glossary;

/** Fired after a transaction that changed the termbase commits, so recognizers can rebuild. */
public record GlossaryChange(long conceptCount) {
}
