package io.dragoman.text;

/**
 * Arabic orthographic folds for matching, built on Lucene's
 * {@link org.apache.lucene.analysis.ar.ArabicNormalizer} and extending it where it falls short.
 *
 * <p>Lucene's rules (kept as they are):
 * <ul>
 *   <li>alef with hamza above/below and alef with madda (أ إ آ) → bare alef ا</li>
 *   <li>alef maksura ى → yeh ي</li>
 *   <li>teh marbuta ة → heh ه (a matching fold only: stored texts keep their ة)</li>
 *   <li>tatweel ـ and the harakat U+064B–U+0652 (tanwin, fatha, damma, kasra, shadda, sukun)
 *       removed</li>
 * </ul>
 * Added here, because Lucene leaves them in place:
 * <ul>
 *   <li>alef wasla ٱ (U+0671) → ا; the other rare alef forms ٲ ٳ (U+0672, U+0673) → ا</li>
 *   <li>dagger (superscript) alef U+0670 removed, like the other harakat: modern spelling writes
 *       هٰذا as هذا and الرحمٰن as الرحمن, so a long alef here would match nothing</li>
 *   <li>every other combining mark of the Arabic blocks removed: maddah and hamza above/below
 *       (U+0653–U+0655) when not composed with a letter, Quranic annotation signs
 *       (U+0610–U+061A, U+06D6–U+06ED), extended-A marks (U+08D3–U+08FF)</li>
 *   <li>Persian and Urdu letters: yeh ی (U+06CC) → ي, keheh ک (U+06A9) → ك, heh with yeh
 *       ۀ (U+06C0), ae ە (U+06D5), heh doachashmee ھ (U+06BE), teh marbuta goal ۃ (U+06C3) → ه,
 *       Farsi yeh with hamza ٸ/ئ untouched</li>
 * </ul>
 * The rules split into {@link #removeMarks} (the {@link Fold#DIACRITICS} family) and
 * {@link #foldLetterForms} (the {@link Fold#LETTER_FORMS} family); applying both equals
 * {@link #normalize}, which the tests check on random text.
 */
public final class ArabicNormalizer {
    static final char ALEF = '\u0627';
    static final char ALEF_WASLA = '\u0671';
    static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
    static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
    static final char ALEF_MADDA = '\u0622';
    static final char ALEF_HAMZA_ABOVE = '\u0623';
    static final char ALEF_HAMZA_BELOW = '\u0625';
    static final char DAGGER_ALEF = '\u0670';
    static final char YEH = '\u064A';
    static final char DOTLESS_YEH = '\u0649';
    static final char FARSI_YEH = '\u06CC';
    static final char KAF = '\u0643';
    static final char KEHEH = '\u06A9';
    static final char HEH = '\u0647';
    static final char TEH_MARBUTA = '\u0629';
    static final char HEH_YEH_ABOVE = '\u06C0';
    static final char AE = '\u06D5';
    static final char HEH_DOACHASHMEE = '\u06BE';
    static final char TEH_MARBUTA_GOAL = '\u06C3';
    static final char TATWEEL = '\u0640';

    private static final org.apache.lucene.analysis.ar.ArabicNormalizer LUCENE =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();

    private ArabicNormalizer() {
    }

    /** All Arabic folds: Lucene's, then the extensions listed in the class comment. */
    public static String normalize(String text) {
        if (!hasArabic(text)) {
            return text;
        }
        char[] buffer = text.toCharArray();
        // Extensions first: they turn ٱ into ا and remove marks Lucene does not know, leaving
        // Lucene's own characters to Lucene.
        int length = extensions(buffer, buffer.length);
        length = LUCENE.normalize(buffer, length);
        return new String(buffer, 0, length);
    }

    /** The {@link Fold#DIACRITICS} family alone: marks and tatweel removed, letters untouched. */
    public static String removeMarks(String text) {
        if (!hasArabic(text)) {
            return text;
        }
        char[] buffer = text.toCharArray();
        return new String(buffer, 0, extend(buffer, buffer.length, true, false));
    }

    /** The {@link Fold#LETTER_FORMS} family alone: letter variants folded, marks kept. */
    public static String foldLetterForms(String text) {
        if (!hasArabic(text)) {
            return text;
        }
        char[] buffer = text.toCharArray();
        return new String(buffer, 0, extend(buffer, buffer.length, false, true));
    }

    /** True when the text holds a character of the Arabic blocks (the fast path skips the rest). */
    static boolean hasArabic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isArabicBlock(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isArabicBlock(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08FF');
    }

    /** True for a mark that {@link Fold#DIACRITICS} removes (including tatweel). */
    static boolean isRemovableMark(char c) {
        return c == TATWEEL || c == DAGGER_ALEF
                || (isArabicBlock(c) && Character.getType(c) == Character.NON_SPACING_MARK);
    }

    /** Folds one letter form, or returns it unchanged. */
    static char foldLetter(char c) {
        switch (c) {
            case ALEF_MADDA: case ALEF_HAMZA_ABOVE: case ALEF_HAMZA_BELOW:
            case ALEF_WASLA: case ALEF_WAVY_HAMZA_ABOVE: case ALEF_WAVY_HAMZA_BELOW:
                return ALEF;
            case DOTLESS_YEH: case FARSI_YEH:
                return YEH;
            case KEHEH:
                return KAF;
            case TEH_MARBUTA: case HEH_YEH_ABOVE: case AE: case HEH_DOACHASHMEE: case TEH_MARBUTA_GOAL:
                return HEH;
            default:
                return c;
        }
    }

    /** The characters Lucene's normaliser folds or removes itself. */
    static boolean luceneHandles(char c) {
        return c == ALEF_MADDA || c == ALEF_HAMZA_ABOVE || c == ALEF_HAMZA_BELOW || c == DOTLESS_YEH
                || c == TEH_MARBUTA || c == TATWEEL || (c >= '\u064B' && c <= '\u0652');
    }

    private static int extensions(char[] s, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (luceneHandles(c)) {
                s[out++] = c;
            } else if (!isRemovableMark(c)) {
                s[out++] = foldLetter(c);
            }
        }
        return out;
    }

    private static int extend(char[] s, int length, boolean marks, boolean letters) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (marks && isRemovableMark(c)) {
                continue;
            }
            s[out++] = letters ? foldLetter(c) : c;
        }
        return out;
    }
}
