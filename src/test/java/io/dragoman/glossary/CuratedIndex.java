package io.dragoman.glossary;

import io.dragoman.glossary.IndexedConcept.IndexedTerm;
import io.dragoman.glossary.tbx.TbxReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The curated glossary (glossary/dragoman-glossary.tbx) in a recognizer index, without a database. */
final class CuratedIndex {
    private CuratedIndex() {
    }

    static TermIndex build() {
        TermIndex index = new TermIndex();
        concepts().forEach(index::put);
        return index;
    }

    static List<IndexedConcept> concepts() {
        try (InputStream in = CuratedIndex.class.getClassLoader().getResourceAsStream("glossary/dragoman-glossary.tbx")) {
            return fromDrafts(TbxReader.read(in, "dragoman-glossary.tbx").concepts(), 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Concepts numbered from {@code firstId}, their terms numbered after them. */
    static List<IndexedConcept> fromDrafts(List<ConceptDraft> drafts, long firstId) {
        List<IndexedConcept> concepts = new ArrayList<>();
        long termId = firstId * 100;
        for (int i = 0; i < drafts.size(); i++) {
            ConceptDraft d = drafts.get(i);
            List<IndexedTerm> terms = new ArrayList<>();
            for (TermDraft t : d.terms()) {
                terms.add(new IndexedTerm(termId++, t.lang(), t.text(), t.status(), t.partOfSpeech(), t.variants()));
            }
            concepts.add(new IndexedConcept(firstId + i, 0, d.externalId(), d.subject(), terms));
        }
        return concepts;
    }
}
