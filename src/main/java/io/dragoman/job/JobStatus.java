package io.dragoman.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.dragoman.core.InvalidInputException;
import java.util.Locale;

/**
 * Where a job is in its life. The API writes the names in lower case ({@code queued},
 * {@code running}, {@code succeeded}, {@code failed}); it reads them in any case and, for a
 * release, also reads {@code done}, which QA runs answered before every job shared these four.
 */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    /** The word QA runs used for {@link #SUCCEEDED} before jobs shared one status; still read. */
    private static final String OLD_SUCCEEDED = "done";

    public boolean open() {
        return this == QUEUED || this == RUNNING;
    }

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A status as a client writes it, new word or old; null when it is neither. */
    @JsonCreator
    public static JobStatus read(String word) {
        if (word == null) {
            return null;
        }
        String lower = word.trim().toLowerCase(Locale.ROOT);
        if (lower.equals(OLD_SUCCEEDED)) {
            return SUCCEEDED;
        }
        for (JobStatus status : values()) {
            if (status.word().equals(lower)) {
                return status;
            }
        }
        return null;
    }

    /** A status given in request parameter {@code field}, refused with the words it may be. */
    public static JobStatus parse(String field, String word) {
        JobStatus status = read(word);
        if (status == null) {
            throw InvalidInputException.of(field, "'" + word + "' is not a job status: queued, running, succeeded"
                    + " or failed");
        }
        return status;
    }
}
