package io.dragoman.qa.check;

import java.util.Arrays;
import java.util.List;

/**
 * Where a text holds software placeholders or inline tags: stretches that are code, not prose.
 * Several checks ask the same questions of the same text in a row, so the answers for the last
 * few texts seen by a thread are kept (by identity: a unit's strings are not copied between checks).
 */
final class Markup {
    private static final int REMEMBERED = 4;
    private static final ThreadLocal<Markup[]> RECENT = ThreadLocal.withInitial(() -> new Markup[REMEMBERED]);
    private static final ThreadLocal<int[]> NEXT = ThreadLocal.withInitial(() -> new int[1]);

    private final String text;
    private List<Placeholders.Found> placeholders;
    private List<InlineTags.Tag> tags;
    private boolean[] mask;
    private String prose;
    private String consistencyKey;

    private Markup(String text) {
        this.text = text;
    }

    static Markup of(String text) {
        Markup[] recent = RECENT.get();
        for (Markup m : recent) {
            if (m != null && m.text == text) {
                return m;
            }
        }
        int[] next = NEXT.get();
        Markup m = new Markup(text);
        recent[next[0]] = m;
        next[0] = (next[0] + 1) % REMEMBERED;
        return m;
    }

    List<Placeholders.Found> placeholders() {
        if (placeholders == null) {
            placeholders = Placeholders.find(text);
        }
        return placeholders;
    }

    List<InlineTags.Tag> tags() {
        if (tags == null) {
            tags = InlineTags.find(text);
        }
        return tags;
    }

    String consistencyKey() {
        if (consistencyKey == null) {
            consistencyKey = ConsistencyKey.of(text);
        }
        return consistencyKey;
    }

    /** One flag per UTF-16 unit: true inside a placeholder or a tag. */
    boolean[] mask() {
        if (mask == null) {
            mask = new boolean[text.length()];
            for (Placeholders.Found p : placeholders()) {
                Arrays.fill(mask, p.span().start(), p.span().end(), true);
            }
            for (io.dragoman.text.Span t : InlineTags.spans(text)) {
                Arrays.fill(mask, t.start(), t.end(), true);
            }
        }
        return mask;
    }

    /** The text with its code stretches replaced by spaces: offsets stay valid. */
    String prose() {
        if (prose == null) {
            if (placeholders().isEmpty() && text.indexOf('<') < 0 && !text.contains("&lt;")) {
                prose = text;
            } else {
                char[] chars = text.toCharArray();
                boolean[] m = mask();
                for (int i = 0; i < chars.length; i++) {
                    if (m[i]) {
                        chars[i] = ' ';
                    }
                }
                prose = new String(chars);
            }
        }
        return prose;
    }

    static boolean[] mask(String text) {
        return of(text).mask();
    }

    static String prose(String text) {
        return of(text).prose();
    }
}
