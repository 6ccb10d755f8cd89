package io.dragoman.glossary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The termbase file formats Dragoman reads and writes. {@code tbx} is TBX v3, the current
 * standard and what Dragoman has always written; {@code tbx2} is TBX v2 ({@code martif}), which
 * OmegaT and Translate Toolkit read. OmegaT's tab-separated glossary is written only: it holds one
 * direction and no concept ids, so it cannot bring a termbase back.
 */
public enum GlossaryFormat {
    TBX("tbx", "application/x-tbx", "tbx", List.of("application/x-tbx", "application/tbx+xml", "application/xml", "text/xml"),
            List.of("tbx", "xml")),
    TBX2("tbx2", "application/x-tbx", "tbx", List.of(), List.of()),
    TBX3("tbx3", "application/x-tbx", "tbx", List.of(), List.of()),
    CSV("csv", "text/csv", "csv", List.of("text/csv", "application/csv"), List.of("csv")),
    TSV("tsv", "text/tab-separated-values", "tsv", List.of("text/tab-separated-values", "text/tsv"), List.of("tsv", "tab")),
    /** OmegaT reads a glossary file as UTF-8 for certain only when its name ends in {@code .utf8}. */
    OMEGAT("omegat", "text/plain", "utf8", List.of(), List.of());

    /** The name used in requests and reports. */
    public final String code;
    /** The media type Dragoman writes. */
    public final String mediaType;
    public final String extension;
    private final List<String> mediaTypes;
    private final List<String> extensions;

    GlossaryFormat(String code, String mediaType, String extension, List<String> mediaTypes, List<String> extensions) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
        this.mediaTypes = mediaTypes;
        this.extensions = extensions;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static GlossaryFormat parse(String name) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown format '" + name
                        + "'; expected " + Arrays.stream(values()).map(f -> f.code).collect(Collectors.joining(", "))));
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
        if (ext.equals(OMEGAT.extension)) {
            return Optional.of(OMEGAT);
        }
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** Whether Dragoman can read this format back. */
    public boolean isReadable() {
        return this != OMEGAT;
    }

    /** Whether files in this format are TBX, of either version. */
    public boolean isTbx() {
        return this == TBX || this == TBX2 || this == TBX3;
    }

    /** The delimiter of the tabular formats. */
    char delimiter() {
        return this == TSV ? '\t' : ',';
    }
}
