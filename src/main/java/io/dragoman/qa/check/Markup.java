package io.dragoman.qa.check;

import java.util.Arrays;

/** Where a text holds software placeholders or inline tags: stretches that are code, not prose. */
final class Markup {
    private Markup() {
    }

    /** One flag per UTF-16 unit: true inside a placeholder or a tag. */
    static boolean[] mask(String text) {
        boolean[] mask = new boolean[text.length()];
        for (Placeholders.Found p : Placeholders.find(text)) {
            Arrays.fill(mask, p.span().start(), p.span().end(), true);
        }
        for (InlineTags.Tag t : InlineTags.find(text)) {
            Arrays.fill(mask, t.span().start(), t.span().end(), true);
        }
        return mask;
    }

    /** The text with its code stretches replaced by spaces: offsets stay valid. */
    static String prose(String text) {
        boolean[] mask = mask(text);
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (mask[i]) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
