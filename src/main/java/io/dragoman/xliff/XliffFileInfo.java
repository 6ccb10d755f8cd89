package io.dragoman.xliff;

/** One {@code <file>} of an XLIFF document: its name and languages. */
record XliffFileInfo(String name, String sourceLang, String targetLang) {
}
