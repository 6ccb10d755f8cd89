package io.dragoman.qa;

import java.util.Map;

/**
 * One quality check, in LanguageTool's shape: a stable {@link #id()} that clients and ignored
 * findings refer to, the ITS 2.0 issue type it reports, a default severity, and a method that
 * returns findings. {@link UnitCheck}s look at one pair at a time; {@link MemoryCheck}s need the
 * whole memory (the same source translated two ways, a length ratio far off the memory's own
 * distribution).
 */
public sealed interface QaCheck permits UnitCheck, MemoryCheck {
    /** Stable, kebab-case; never renamed (ignored findings and client filters use it). */
    String id();

    IssueType type();

    Severity defaultSeverity();

    /** One sentence for the report and {@code GET /api/qa/checks}. */
    String description();

    /** Whether a memory-wide run without explicit enable/disable lists runs this check. */
    default boolean enabledByDefault() {
        return true;
    }

    /**
     * Whether the live check of one pair runs this check without being asked. A translator checking
     * the segment in front of them wants what Xbench and Verifika check on a pair by default; a
     * check that is too noisy across a whole memory may still be right for one pair.
     */
    default boolean enabledForPairsByDefault() {
        return enabledByDefault();
    }

    /** The thresholds this check reads, with their defaults; a run may override them. */
    default Map<String, Double> thresholds() {
        return Map.of();
    }
}
