package io.dragoman.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A short news article in Arabic and English (headline and three paragraphs of two sentences)
 * and the perturbations the alignment tests apply to it.
 */
public final class AlignmentFixture {
    public static final String ARABIC = read("alignment/lebanon.ar.txt");
    public static final String ENGLISH = read("alignment/lebanon.en.txt");
    public static final String ADDED_ENGLISH = "The plan still needs the approval of the Security Council.";
    public static final String ADDED_ARABIC = "يذكر أن آخر بعثة مماثلة في المنطقة انتهت قبل عامين بعد خلافات حول التمويل.";
    public static final String MERGED_ENGLISH = "The United Nations on Monday announced a new plan to deploy a "
            + "peacekeeping force in southern Lebanon, which its spokesman said includes 4,500 troops from 12 countries.";

    private AlignmentFixture() {
    }

    /** English with a sentence the Arabic lacks, after "He added ... six months." */
    public static String englishWithAddedSentence() {
        return ENGLISH.replace("six months. ", "six months. " + ADDED_ENGLISH + " ");
    }

    /** Arabic with a sentence the English lacks, closing the second paragraph. */
    public static String arabicWithAddedSentence() {
        return ARABIC.replace("إلى المنطقة.", "إلى المنطقة. " + ADDED_ARABIC);
    }

    /** English whose first two body sentences are one. */
    public static String englishWithMergedSentence() {
        return ENGLISH.replaceFirst("The United Nations on Monday[^\\n]*", MERGED_ENGLISH);
    }

    /** English without its second body paragraph. */
    public static String englishWithoutSecondParagraph() {
        return ENGLISH.replaceFirst("He added[^\\n]*\\n\\n", "");
    }

    private static String read(String name) {
        try (InputStream in = AlignmentFixture.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
