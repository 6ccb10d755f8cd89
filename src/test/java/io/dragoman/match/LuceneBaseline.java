package io.dragoman.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline the issue names (what ModernMT- and Pensieve-like tools do): BM25 over the word
 * tokens of the same normalised text, top 200 hits re-ranked by Dragoman's own scorer. Lossy by
 * construction: a unit outside the BM25 top 200 is never scored.
 */
final class LuceneBaseline {
    static final int TOP = 200;
    private final FuzzyIndex index;
    private final IndexSearcher searcher;
    private final DirectoryReader reader;

    LuceneBaseline(FuzzyIndex index) {
        this.index = index;
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
                    .setRAMBufferSizeMB(256))) {
                index.read(store -> {
                    addDocuments(store, writer);
                    return null;
                });
                writer.forceMerge(1);
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addDocuments(IndexStore store, IndexWriter writer) {
        try {
            for (int entry = 0; entry < 2 * store.slotCount(); entry++) {
                if (!store.isAlive(entry >>> 1)) {
                    continue;
                }
                Document doc = new Document();
                doc.add(new TextField("text", store.norm(entry), Field.Store.NO));
                doc.add(new StringField("lang", store.languageOf(entry), Field.Store.NO));
                doc.add(new NumericDocValuesField("entry", entry));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Match> lookup(LookupQuery query, TextSource texts) {
        PreparedQuery prepared = query.prepare();
        Set<String> words = new LinkedHashSet<>();
        prepared.text().scored().forEach(t -> words.add(t.norm()));
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        words.forEach(w -> builder.add(new TermQuery(new Term("text", w)), BooleanClause.Occur.SHOULD));
        builder.add(new TermQuery(new Term("lang", prepared.source())), BooleanClause.Occur.FILTER);
        try {
            ScoreDoc[] hits = words.isEmpty() ? new ScoreDoc[0] : searcher.search(builder.build(), TOP).scoreDocs;
            int[] entries = new int[hits.length];
            for (int i = 0; i < hits.length; i++) {
                entries[i] = entryOf(hits[i].doc);
            }
            Arrays.sort(entries);
            return MatchRanker.rank(prepared, index.verify(prepared, entries), query.maxResults(), texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int entryOf(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues("entry");
        values.advanceExact(doc - leaf.docBase);
        return (int) values.longValue();
    }
}
