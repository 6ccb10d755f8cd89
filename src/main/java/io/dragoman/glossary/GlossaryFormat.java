package io.dragoman.glossary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The termbase file formats Dragoman reads and writes. */
public enum GlossaryFormat {
    TBX("application/x-tbx", "tbx", List.of("application/x-tbx", "application/tbx+xml", "application/xml", "text/xml"),
            List.of("tbx", "xml")),
    CSV("text/csv", "csv", List.of("text/csv", "application/csv"), List.of("csv")),
    TSV("text/tab-separated-values", "tsv", List.of("text/tab-separated-values", "text/tsv"), List.of("tsv", "tab"));

    /** The media type Dragoman writes. */
    public final String mediaType;
    public final String extension;
    private final List<String> mediaTypes;
    private final List<String> extensions;

    GlossaryFormat(String mediaType, String extension, List<String> mediaTypes, List<String> extensions) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.mediaTypes = mediaTypes;
        this.extensions = extensions;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static GlossaryFormat parse(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown format '" + name
                        + "'; expected tbx, csv or tsv"));
    }

    /** The format a request's content type names ({@code text/csv; charset=UTF-8} → CSV). */
    public static Optional<GlossaryFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaTypes.contains(bare)).findFirst();
    }

    /** The format a file name's extension names ({@code terms.tbx} → TBX). */
    public static Optional<GlossaryFormat> ofFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** The delimiter of the tabular formats. */
    char delimiter() {
        return this == TSV ? '\t' : ',';
    }
}
