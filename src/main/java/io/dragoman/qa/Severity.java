package io.dragoman.qa;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How bad a finding is. {@code ERROR}: the translation is broken (a placeholder lost, a number
 * changed, a forbidden term) and a CI pipeline should fail; {@code WARNING}: a reviewer should look;
 * {@code INFO}: a hint that is often acceptable.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} or {@code info} in any case. */
    @JsonCreator
    public static Severity parse(String text) {
        if (text != null) {
            for (Severity s : values()) {
                if (s.code().equalsIgnoreCase(text.strip())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "'; expected error, warning or info");
    }
}
