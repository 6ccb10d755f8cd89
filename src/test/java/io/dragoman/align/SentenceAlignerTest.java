package io.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.seed.GoldAlignment;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import io.dragoman.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {
    private static final Segmenter SEGMENTER = Segmenter.defaults();
    private static final SentenceAligner ALIGNER = new SentenceAligner(List.of(new NumberAnchors(), LexiconAnchors.arabicEnglish(), SeedFixture.glossary()));

    /** Bead texts as the gold file writes them: "ar | ar" and "en | en", empty for none. */
    private static List<String> render(List<Segment> ar, List<Segment> en, List<Bead> beads) {
        List<String> rows = new ArrayList<>();
        for (Bead bead : beads) {
            rows.add(join(ar.subList(bead.sourceStart(), bead.sourceEnd())) + "\t"
                    + join(en.subList(bead.targetStart(), bead.targetEnd())));
        }
        return rows;
    }

    private static String join(List<Segment> segments) {
        return String.join(GoldAlignment.SEGMENT_SEPARATOR, segments.stream().map(Segment::text).toList());
    }

    private static List<Bead> align(List<Segment> ar, List<Segment> en) {
        return ALIGNER.align(ar, LanguageTag.ARABIC, en, LanguageTag.ENGLISH);
    }

    @Test
    void seedArticleAlignsAsTheGold() {
        List<Segment> ar = SEGMENTER.segment(SeedFixture.text("ar"), LanguageTag.ARABIC);
        List<Segment> en = SEGMENTER.segment(SeedFixture.text("en"), LanguageTag.ENGLISH);
        List<Bead> beads = align(ar, en);
        List<String> gold = GoldAlignment.load(SeedFixture.DOCUMENT).beads().stream()
                .map(b -> String.join(GoldAlignment.SEGMENT_SEPARATOR, b.arabic()) + "\t"
                        + String.join(GoldAlignment.SEGMENT_SEPARATOR, b.english()))
                .toList();
        assertEquals(gold, render(ar, en, beads));
        Bead readAlso = beads.get(6);
        assertEquals("1-0", readAlso.shape());
        assertTrue(beads.stream().allMatch(b -> b.confidence() > 0.9), "the unperturbed article aligns with confidence");
    }

    private static List<String> alignTexts(String arabic, String english) {
        List<Segment> ar = SEGMENTER.segment(arabic, LanguageTag.ARABIC);
        List<Segment> en = SEGMENTER.segment(english, LanguageTag.ENGLISH);
        List<Bead> beads = align(ar, en);
        List<String> rows = render(ar, en, beads);
        for (int k = 0; k < beads.size(); k++) {
            System.out.printf("%s %.3f %s%n", beads.get(k).shape(), beads.get(k).confidence(), rows.get(k).replace("\t", " || "));
        }
        return rows;
    }

    @Test
    void debugVariants() {
        alignTexts(AlignmentFixture.ARABIC, AlignmentFixture.ENGLISH);
        alignTexts(AlignmentFixture.ARABIC, AlignmentFixture.englishWithAddedSentence());
        alignTexts(AlignmentFixture.arabicWithAddedSentence(), AlignmentFixture.ENGLISH);
        alignTexts(AlignmentFixture.ARABIC, AlignmentFixture.englishWithMergedSentence());
        alignTexts(AlignmentFixture.ARABIC, AlignmentFixture.englishWithoutSecondParagraph());
    }
}
