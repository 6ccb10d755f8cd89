package io.dragoman.match;

import java.util.ArrayList;
import java.util.List;

/** Primary language subtags as small numbers, so that a slot stores two shorts. */
final class LanguageCodes {
    private final List<String> codes = new ArrayList<>();

    synchronized short intern(String code) {
        int index = codes.indexOf(code);
        if (index < 0) {
            codes.add(code);
            index = codes.size() - 1;
        }
        return (short) index;
    }

    synchronized String code(short number) {
        return codes.get(number);
    }

    synchronized int size() {
        return codes.size();
    }

    /** The number of a known code, or -1 (which no slot holds). */
    synchronized short find(String code) {
        return (short) codes.indexOf(code);
    }
}
