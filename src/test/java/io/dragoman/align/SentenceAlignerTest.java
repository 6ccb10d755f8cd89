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
    private static final SentenceAligner ALIGNER = new SentenceAligner(DocumentAligner.anchors(SeedFixture.glossary(), LearnedLexicon.EMPTY));

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

    private static List<String> shapes(String arabic, String english) {
        List<Segment> ar = SEGMENTER.segment(arabic, LanguageTag.ARABIC);
        List<Segment> en = SEGMENTER.segment(english, LanguageTag.ENGLISH);
        return align(ar, en).stream().map(Bead::shape).toList();
    }

    @Test
    void omissionsMergesAndDroppedParagraphsDoNotShiftThePairs() {
        assertEquals(List.of("1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "1-1"),
                shapes(AlignmentFixture.ARABIC, AlignmentFixture.ENGLISH));
        assertEquals(List.of("1-1", "1-1", "1-1", "1-1", "0-1", "1-1", "1-1", "1-1"),
                shapes(AlignmentFixture.ARABIC, AlignmentFixture.englishWithAddedSentence()));
        assertEquals(List.of("1-1", "1-1", "1-1", "1-1", "1-1", "1-0", "1-1", "1-1"),
                shapes(AlignmentFixture.arabicWithAddedSentence(), AlignmentFixture.ENGLISH));
        assertEquals(List.of("1-1", "2-1", "1-1", "1-1", "1-1", "1-1"),
                shapes(AlignmentFixture.ARABIC, AlignmentFixture.englishWithMergedSentence()));
        assertEquals(List.of("1-1", "1-1", "1-1", "1-0", "1-0", "1-1", "1-1"),
                shapes(AlignmentFixture.ARABIC, AlignmentFixture.englishWithoutSecondParagraph()));
    }

    @Test
    void emptySidesAreAllOmissions() {
        List<Segment> ar = SEGMENTER.segment("جملة أولى. جملة ثانية.", LanguageTag.ARABIC);
        assertEquals(List.of("1-0", "1-0"), ALIGNER.align(ar, LanguageTag.ARABIC, List.of(), LanguageTag.ENGLISH)
                .stream().map(Bead::shape).toList());
        assertEquals(List.of(), ALIGNER.align(List.of(), LanguageTag.ARABIC, List.of(), LanguageTag.ENGLISH));
    }

    @Test
    void longDocumentsWidenTheBandWhenAWholeBlockIsMissing() {
        StringBuilder arabic = new StringBuilder();
        StringBuilder english = new StringBuilder();
        for (int k = 1; k <= 120; k++) {
            arabic.append("بلغ عدد المشاركين ").append(k).append(" شخصا في اليوم رقم ").append(k * 7).append(".\n\n");
            // The translation leaves out sentences 21 to 60: forty in a row, beyond the initial band.
            if (k <= 20 || k > 60) {
                english.append("The number of participants reached ").append(k).append(" on day ").append(k * 7).append(".\n\n");
            }
        }
        List<Segment> ar = SEGMENTER.segment(arabic.toString(), LanguageTag.ARABIC);
        List<Segment> en = SEGMENTER.segment(english.toString(), LanguageTag.ENGLISH);
        List<Bead> beads = align(ar, en);
        assertEquals(40, beads.stream().filter(b -> b.shape().equals("1-0")).count());
        assertTrue(beads.stream().filter(Bead::isPair).allMatch(b -> ar.get(b.sourceStart()).text().contains(" " + (b.sourceStart() + 1) + " ")));
    }
}
