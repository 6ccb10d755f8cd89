package io.dragoman.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into {@link Token}s: words, numbers, punctuation and placeholders, each with its
 * offsets into the original text. Whitespace separates tokens and is not itself a token.
 *
 * <p>Rules, in the order they are tried at each position:
 * <ol>
 *   <li>Placeholders, whatever touches them ({@code (%s)}, {@code %1$d,}, {@code {0}.}): C printf
 *       conversions with glibc's flags and length modifiers ({@code %s}, {@code %1$d},
 *       {@code %-5.2f}, {@code %'d}, {@code %ld}, {@code %zu}), {@code %(name)s}, {@code %%}, Qt and
 *       KDE arguments ({@code %1}…{@code %99}, {@code %L1}), message-format and template arguments ({@code {0}},
 *       {@code {0,number}}, .NET and Python format specs {@code {0:x}}, {@code {name}}, {@code {{name}}}, {@code ${name}}), and inline tags:
 *       a TMX/XLIFF paired code with its content ({@code <bpt i="1">&lt;b&gt;</bpt>}, also
 *       {@code ept}, {@code it}, {@code ph}) is one placeholder; any other start, end or empty tag
 *       ({@code <ph x="1"/>}, {@code <x id="2"/>}, {@code </g>}) is one placeholder.</li>
 *   <li>A word starts at a letter or combining mark and runs over letters, marks and digits (so
 *       {@code A320} is one word); an apostrophe between two letters ({@code Biden's}) and an
 *       invisible joiner before a letter (ZWNJ in Persian) stay inside. The text's accelerator
 *       marker ({@link Accelerators}) belongs to the word or number it stands before, wherever it
 *       is: {@code &Save}, {@code De&lete} and {@code الإ_سم} are one word each, whose matching
 *       form has no marker.</li>
 *   <li>A number starts at a decimal digit of any script and runs over digits, with
 *       {@code . , ٫ ٬} kept when a digit follows ({@code 3.8}, {@code ٣٫٨}, {@code 1,000}),
 *       invisible controls inside it skipped and the text's {@code _} or {@code &} accelerator before
 *       a digit inside it ({@code 1_0}; not {@code 1~3}, a range).</li>
 *   <li>Anything else that is not whitespace or an invisible control is one punctuation token
 *       per code point.</li>
 * </ol>
 * Words whose matching form is empty (a lone tatweel, stray marks) are dropped: they are invisible
 * to matching.
 *
 * <p>The rules read the text as NFKC makes it, character by character, before it is split: a
 * compatibility character is what it stands for ({@code ½} the numbers 1 and 2, {@code م²} the word
 * م2, {@code ﷺ} the four words it abbreviates, full-width {@code ％ｓ} a placeholder), as ICU's
 * NFKC filter in front of a search engine's tokenizer reads it. Its tokens
 * keep the original character as surface and offsets, so the tokens one character expands into
 * share them (offsets never decrease from one token to the next, but may overlap).
 */
public final class Tokenizer {
    /**
     * The longest content of a paired inline code. Unbounded, every unclosed {@code <bpt>} scanned
     * to the end of the text: 7 s for a 100,000-character text of them. Real codes hold a tag or
     * two of native markup; a longer one is read as its start and end tags, each a placeholder.
     */
    static final int MAX_CODE_LENGTH = 2_000;
    private static final int[] NO_MARKERS = new int[0];
    private static final Pattern PLACEHOLDER = Pattern.compile(String.join("|",
            "%%",
            "%\\([A-Za-z_]\\w*\\)[sdfr]",
            "%(?:\\d+\\$)?[-#+0,'I]*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?(?:hh|h|ll|l|L|q|j|z|Z|t)?[diouxXeEfFgGaAcspnCS]",
            "%L?[1-9]\\d?",
            "\\{\\{\\s*[A-Za-z_][\\w.]*\\s*\\}\\}",
            "\\{\\d+(?:[,:][^{}]*)?\\}",
            "\\{[A-Za-z_][\\w.]*\\}",
            "\\$\\{[^{}\\s]+\\}",
            "<(bpt|ept|it|ph)\\b[^<>]*(?<!/)>.{0," + MAX_CODE_LENGTH + "}?</\\1\\s*>",
            "<[A-Za-z_][\\w:.-]*(?:\\s+[^<>]*)?/?>",
            "</[A-Za-z_][\\w:.-]*\\s*>"), Pattern.DOTALL);

    private Tokenizer() {
    }

    public static List<Token> tokenize(String original) {
        Expansion expansion = Expansion.of(original);
        String text = expansion == null ? original : expansion.text();
        return tokenize(text, expansion, Accelerators.find(text));
    }

    /**
     * The ways the text may read as part of a longer one: as {@link #tokenize} reads it alone and,
     * when it has an accelerator marker, literally as well, since a longer text with a second
     * character of the marker's kind has no marker ({@code R&D} beside {@code Q&A},
     * {@code http_proxy} beside {@code ftp_proxy}).
     */
    public static List<List<Token>> readings(String original) {
        Expansion expansion = Expansion.of(original);
        String text = expansion == null ? original : expansion.text();
        int[] markers = Accelerators.find(text);
        List<Token> alone = tokenize(text, expansion, markers);
        return markers.length == 0 ? List.of(alone) : List.of(alone, tokenize(text, expansion, NO_MARKERS));
    }

    private static List<Token> tokenize(String text, Expansion expansion, int[] markers) {
        List<Token> tokens = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int end;
            if (isSpaceOrControl(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if ((cp == '%' || cp == '{' || cp == '<' || cp == '$')
                    && placeholder.region(i, n).lookingAt()) {
                end = placeholder.end();
                add(tokens, Token.Kind.PLACEHOLDER, text, i, end, NO_MARKERS, expansion);
            } else if (isAny(markers, i) ? Character.isLetter(text.codePointAt(skipFormat(text, i + 1))) : isWordStart(cp)) {
                end = wordEnd(text, i, markers);
                add(tokens, Token.Kind.WORD, text, i, end, markers, expansion);
            } else if (isAny(markers, i) || Character.isDigit(cp)) {
                end = numberEnd(text, isAny(markers, i) ? i + 1 : i, markers);
                add(tokens, Token.Kind.NUMBER, text, i, end, markers, expansion);
            } else {
                end = i + Character.charCount(cp);
                add(tokens, Token.Kind.PUNCT, text, i, end, NO_MARKERS, expansion);
            }
            i = end;
        }
        return tokens;
    }

    /** The matching forms of the tokens that count in scoring (all kinds but punctuation). */
    public static List<String> scoredNorms(String text) {
        List<String> norms = new ArrayList<>();
        for (Token token : tokenize(text)) {
            if (token.isScored()) {
                norms.add(token.norm());
            }
        }
        return norms;
    }

    /**
     * Adds a token; its matching form leaves out the text's accelerator {@code markers} that the
     * token holds, as found in the whole text (the token alone could read differently). With an
     * {@code expansion}, {@code text} is the expanded text and the token's surface and offsets are
     * the original characters it came from.
     */
    private static void add(List<Token> tokens, Token.Kind kind, String text, int start, int end, int[] markers,
                            Expansion expansion) {
        String surface = text.substring(start, end);
        String norm = kind == Token.Kind.PLACEHOLDER ? surface : TextNormalizer.normalize(withoutMarkers(text, start, end, markers));
        if (kind == Token.Kind.WORD && norm.isEmpty()) {
            return;
        }
        norm = norm.isEmpty() ? surface : norm;
        if (expansion == null) {
            tokens.add(new Token(kind, surface, norm, start, end));
        } else {
            int from = expansion.from()[start];
            int to = expansion.to()[end - 1];
            tokens.add(new Token(kind, expansion.original().substring(from, to), norm, from, to));
        }
    }

    /**
     * A text with its compatibility characters replaced by what NFKC makes of them, as NFKC over
     * the whole text before splitting would read it: {@code ½} is the numbers 1 and 2, {@code x²}
     * the word x2, {@code ﷺ} the four words it abbreviates, {@code ℉} a degree sign and F.
     * {@code from[i]} and {@code to[i]} are the original characters expanded character {@code i}
     * came from, so that a token keeps the original's surface and offsets; the tokens that one
     * character expands into share its offsets.
     */
    private record Expansion(String original, String text, int[] from, int[] to) {
        /** No character below the no-break space has a compatibility mapping. */
        private static final char FIRST_CHANGED = '\u00A0';
        private static final byte UNKNOWN = 0;
        private static final byte CHANGES = 1;
        private static final byte SAME = 2;
        private static final byte[] CHANGED = new byte[Character.MAX_VALUE + 1];

        /** The expansion, or null when NFKC changes no character (nearly every text). */
        static Expansion of(String original) {
            if (!mayExpand(original)) {
                return null;
            }
            StringBuilder text = new StringBuilder(original.length() + 8);
            int[] from = new int[original.length() + 8];
            int[] to = new int[from.length];
            boolean changed = false;
            for (int i = 0; i < original.length(); ) {
                int cp = original.codePointAt(i);
                int next = i + Character.charCount(cp);
                String one = original.substring(i, next);
                String mapped = Normalizer.isNormalized(one, Normalizer.Form.NFKC) ? one
                        : Normalizer.normalize(one, Normalizer.Form.NFKC);
                changed |= !mapped.equals(one);
                if (text.length() + mapped.length() > from.length) {
                    from = Arrays.copyOf(from, Math.max(2 * from.length, text.length() + mapped.length()));
                    to = Arrays.copyOf(to, from.length);
                }
                for (int k = 0; k < mapped.length(); k++) {
                    from[text.length() + k] = i;
                    to[text.length() + k] = next;
                }
                text.append(mapped);
                i = next;
            }
            return changed ? new Expansion(original, text.toString(), from, to) : null;
        }

        /** Whether a character of {@code s} may be one NFKC changes (supplementary ones are looked at). */
        private static boolean mayExpand(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= FIRST_CHANGED && (Character.isSurrogate(c) || changedByNfkc(c))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether NFKC changes this character on its own (about 3,000 of the Basic Multilingual
         * Plane do), so that a text of none of them, nearly every Arabic or English text, is not
         * normalised twice: a fifth of the tokenizer's time on the Debian memory. Learnt per
         * character as texts bring it, rather than for all 65,536 at the first tokenisation of a
         * start (25–35 ms). Threads that race on a character store the same answer.
         */
        private static boolean changedByNfkc(char c) {
            byte known = CHANGED[c];
            if (known == UNKNOWN) {
                String one = String.valueOf(c);
                known = Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one) ? SAME : CHANGES;
                CHANGED[c] = known;
            }
            return known == CHANGES;
        }
    }

    private static String withoutMarkers(String text, int start, int end, int[] markers) {
        StringBuilder sb = null;
        int from = start;
        for (int marker : markers) {
            if (marker >= start && marker < end) {
                sb = sb == null ? new StringBuilder(end - start) : sb;
                sb.append(text, from, marker);
                from = marker + 1;
            }
        }
        return sb == null ? text.substring(start, end) : sb.append(text, from, end).toString();
    }

    private static boolean isAny(int[] markers, int i) {
        for (int marker : markers) {
            if (marker == i) {
                return true;
            }
        }
        return false;
    }

    private static int wordEnd(String text, int start, int[] markers) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean marker = isAny(markers, i);
            if (marker || Character.getType(cp) == Character.FORMAT) {
                // Joiners and bidi marks inside a word go on to the letter (or accelerator) after
                // them; the accelerator goes on to the letter or digit it marks.
                int after = skipFormat(text, next);
                int following = after < text.length() ? text.codePointAt(after) : -1;
                if (following >= 0 && (Character.isLetter(following) || (marker && Character.isDigit(following))
                        || (!marker && isAny(markers, after)))) {
                    i = after;
                    continue;
                }
                break;
            }
            boolean inside = isWordStart(cp) || Character.isDigit(cp)
                    || (isApostrophe(cp) && next < text.length() && Character.isLetter(text.codePointAt(next))
                        && Character.isLetter(text.codePointBefore(i)));
            if (!inside) {
                break;
            }
            i = next;
        }
        return i;
    }

    private static int numberEnd(String text, int start, int[] markers) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isDigit(cp)) {
                i = next;
            } else if (cp != '~' && isAny(markers, i) && next < text.length() && Character.isDigit(text.codePointAt(next))) {
                // The key of a numbered label: 1_0 and 1&0 are the number 10. Not a tilde: 1~3 is a
                // range more often than LibreOffice's key.
                i = next;
            } else if (isNumberSeparator(cp) || Character.getType(cp) == Character.FORMAT) {
                int after = skipFormat(text, next);
                if (after < text.length() && (Character.isDigit(text.codePointAt(after))
                        || (!isNumberSeparator(cp) && isNumberSeparator(text.codePointAt(after))))) {
                    i = after;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return i;
    }

    /** The first index at or after {@code i} that is not an invisible format control. */
    private static int skipFormat(String text, int i) {
        while (i < text.length() && Character.getType(text.codePointAt(i)) == Character.FORMAT) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    static boolean isWordStart(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    static boolean isNumberSeparator(int cp) {
        return cp == '.' || cp == ',' || cp == '\u066B' || cp == '\u066C';
    }

    private static boolean isSpaceOrControl(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                || type == Character.CONTROL;
    }
}
