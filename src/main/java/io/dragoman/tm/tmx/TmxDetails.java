package io.dragoman.tm.tmx;

import java.time.OffsetDateTime;

/** The administrative attributes a {@code tu} or a {@code tuv} may carry; any may be null. */
record TmxDetails(OffsetDateTime created, String createdBy, OffsetDateTime changed, String changedBy,
                  Integer usageCount, OffsetDateTime lastUsed) {
    static final TmxDetails NONE = new TmxDetails(null, null, null, null, null, null);

    /** Each attribute from the first of the given details that has it. */
    static TmxDetails firstOf(TmxDetails... details) {
        TmxDetails r = NONE;
        for (int i = details.length - 1; i >= 0; i--) {
            TmxDetails d = details[i];
            if (d == null) {
                continue;
            }
            r = new TmxDetails(or(d.created, r.created), or(d.createdBy, r.createdBy), or(d.changed, r.changed),
                    or(d.changedBy, r.changedBy), or(d.usageCount, r.usageCount), or(d.lastUsed, r.lastUsed));
        }
        return r;
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }
}
