package io.dragoman.align;

import io.dragoman.glossary.TermRecognizer;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import io.dragoman.text.Segmenter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * From two plain-text documents to proposed beads: segmentation, then alignment with numbers,
 * Latin-script names and carried-over punctuation, the shipped word list, the glossary's concepts
 * (through its recognizer, which every node keeps in step with the database) and the lexicon
 * learned from the memory's units as anchors.
 */
@ApplicationScoped
public class DocumentAligner {
    private static final LexiconAnchors LEXICON = LexiconAnchors.arabicEnglish();
    private final Segmenter segmenter;
    private final SentenceAligner aligner;

    DocumentAligner(Segmenter segmenter, TermRecognizer recognizer, MemoryLexicon memory) {
        this.segmenter = segmenter;
        this.aligner = new SentenceAligner(anchors(new RecognizedTermAnchors(recognizer), memory));
    }

    /**
     * The anchors Dragoman aligns with, around the glossary's; the one list the service, the
     * benchmark and the tests use, so that what is measured is what ships.
     */
    public static List<AnchorSource> anchors(AnchorSource glossary, AnchorSource learned) {
        return List.of(new NumberAnchors(), new SurfaceAnchors(), LEXICON, glossary, learned);
    }

    /** Both documents' segments and the beads that align them (0-based, in document order). */
    public record Proposal(List<Segment> source, List<Segment> target, List<Bead> beads) {
        public Proposal {
            source = List.copyOf(source);
            target = List.copyOf(target);
            beads = List.copyOf(beads);
        }
    }

    public List<Segment> segment(String text, LanguageTag language) {
        return segmenter.segment(text, language);
    }

    public Proposal propose(List<Segment> source, LanguageTag sourceLang, List<Segment> target, LanguageTag targetLang) {
        return new Proposal(source, target, aligner.align(source, sourceLang, target, targetLang));
    }

    public Proposal propose(String source, LanguageTag sourceLang, String target, LanguageTag targetLang) {
        return propose(segment(source, sourceLang), sourceLang, segment(target, targetLang), targetLang);
    }
}
