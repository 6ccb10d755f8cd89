package io.dragoman.core;

import java.util.Random;

/**
 * Random strings that reach the corners of Unicode the text code must survive: Arabic with every
 * kind of mark, presentation forms that NFKC expands, surrogate pairs and lone surrogates,
 * combining marks, bidi and other format controls, NUL and C0/C1 controls, every kind of space,
 * placeholders and tags, sentence punctuation and abbreviations, and any UTF-16 unit at all.
 */
public final class HostileText {
    private static final String[] FRAGMENTS = {
        "%s", "%1$d", "%(name)s", "%%", "{0}", "{0,number}", "{{name}}", "${x}", "<bpt i=\"1\">&lt;b&gt;</bpt>",
        "<bpt i=\"1\">", "</ept>", "<ph x=\"1\"/>", "<x id=\"2\"/>", "</g>", "<", ">", "&amp;", "'", "\u2019",
        ". ", "? ", "! ", "\u061F ", "Dr. ", "\u062F. ", "U.N. ", "\u060C", "\"", "\u00AB", "\u00BB", "\n\n",
        "\r\n", "3.8", "\u0663\u066B\u0668", "1,000", "A320", "Biden's", "\u0642\u0648\u0629", "\u0627\u0644\u0623\u0645\u0645",
        "\uFDFA", "\uFDFB", "\uFB01", "\u2126", "\u212A", "\u0130", "\u00DF", "\u03A3", "\u1E9E", "\u2460", "\u00BD",
        "\u0627\u0653", "\u0627\u0651\u0653", "\uFEFB", "\uFE8D", "\u0640\u064B", "\u0670",
        "&", "_", "~", "&&", "De&lete", "Pass_word", "snake_case", "%s_%d", "\u0627\u0644\u0625_\u0633\u0645", "\uFF06",
        "%1", "%ld",
    };
    private static final char[] CONTROLS = {
        '\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001C', '\u001F', '\u007F', '\u0085',
        '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
        '\u2066', '\u2067', '\u2068', '\u2069', '\u061C', '\u00AD', '\uFEFF', '\uFFFE', '\uFFFF', '\uFFFD',
    };
    private static final char[] SPACES = {
        ' ', '\t', '\n', '\r', '\u00A0', '\u2000', '\u2007', '\u200A', '\u202F', '\u205F', '\u3000',
        '\u2028', '\u2029', '\u1680',
    };

    private HostileText() {
    }

    /** A text of up to {@code maxPieces} pieces; about one call in {@code hugeOneIn} is 100,000 characters or more. */
    public static String next(Random random, int maxPieces, int hugeOneIn) {
        if (hugeOneIn > 0 && random.nextInt(hugeOneIn) == 0) {
            return huge(random);
        }
        StringBuilder sb = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            piece(random, sb);
        }
        return sb.toString();
    }

    /** 100,000 characters or more: a short random text repeated, so it keeps its hostile pieces. */
    public static String huge(Random random) {
        String unit = next(random, 30, 0) + " ";
        StringBuilder sb = new StringBuilder(100_100);
        while (sb.length() < 100_000) {
            sb.append(unit.isBlank() ? "\u0642\u0648\u0629 " : unit);
        }
        return sb.toString();
    }

    /** The text with every non-ASCII or invisible unit as \\uXXXX, cut to 300 units, for a readable failure. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < Math.min(text.length(), 300); i++) {
            char c = text.charAt(i);
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.append(text.length() > 300 ? "\"… (" + text.length() + " units)" : "\"").toString();
    }

    static void piece(Random random, StringBuilder sb) {
        switch (random.nextInt(14)) {
            case 0, 1 -> sb.append((char) ('a' + random.nextInt(26)));
            case 2, 3 -> sb.append((char) (0x0621 + random.nextInt(0x0652 - 0x0621 + 1)));
            case 4 -> sb.append((char) (0x0600 + random.nextInt(0x100)));
            case 5 -> sb.append((char) (0x0300 + random.nextInt(0x70)));
            case 6 -> sb.append(random.nextBoolean() ? (char) (0xFB50 + random.nextInt(0x2B0)) : (char) (0xFE70 + random.nextInt(0x8D)));
            case 7 -> sb.appendCodePoint(supplementary(random));
            case 8 -> sb.append((char) (random.nextBoolean() ? 0xD800 + random.nextInt(0x400) : 0xDC00 + random.nextInt(0x400)));
            case 9 -> sb.append(CONTROLS[random.nextInt(CONTROLS.length)]);
            case 10 -> sb.append(SPACES[random.nextInt(SPACES.length)]);
            case 11, 12 -> sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            default -> sb.append((char) random.nextInt(0x10000));
        }
    }

    private static int supplementary(Random random) {
        int[] starts = {0x1F600, 0x1D400, 0x1D7CE, 0x20000, 0x1EE00, 0x10FFF0, 0xE0001};
        return starts[random.nextInt(starts.length)] + random.nextInt(16);
    }
}
