package io.dragoman.xliff;

import io.dragoman.core.InvalidInputException;
import io.dragoman.match.Match;
import io.dragoman.match.MatchService;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.stream.Collectors;

/**
 * Pre-translates an XLIFF 1.2 or 2.0 file from the memory: every empty target gets the best
 * match at or above the threshold (100 and 101 as final, lower ones as drafts to review), the
 * other matches are added as alternatives, and every segment is counted in its match band. The
 * matches are the lookup service's own, numbers repaired as lookups repair them. The file is
 * edited in place at the scanned offsets, so everything Dragoman does not add stays byte for
 * byte; a source with inline codes gets alternatives only, since a memory's plain text cannot
 * say where its codes go.
 */
@ApplicationScoped
public class Pretranslator {
    private final MatchService matches;

    Pretranslator(MatchService matches) {
        this.matches = matches;
    }

    /** The report and, unless only analysed, the pre-translated file (null then). */
    public record Outcome(PretranslationReport report, byte[] xliff) {
    }

    /** @throws io.dragoman.core.FormatException with line and column for a file that is not usable XLIFF */
    public Outcome run(byte[] input, String fileName, PretranslateOptions options) {
        XliffText decoded = XliffText.decode(input, fileName);
        XliffDocument doc = XliffScanner.scan(decoded.text(), fileName);
        List<FileTally> tallies = doc.files().stream().map(FileTally::new).toList();
        List<Edit> edits = new ArrayList<>();
        Map<Integer, List<Match>> unitMatches = new LinkedHashMap<>();
        Map<Integer, List<String>> unitRefs = new LinkedHashMap<>();
        List<Query> queries = queries(doc);
        Map<Query, List<Match>> results = lookups(queries, options);
        for (int i = 0; i < doc.segments().size(); i++) {
            XliffSegment segment = doc.segments().get(i);
            XliffFileInfo file = doc.files().get(segment.file());
            FileTally tally = tallies.get(segment.file());
            String text = queries.get(i).text();
            List<Token> tokens = Tokenizer.tokenize(text);
            int words = wordCount(tokens);
            List<Match> found = results.getOrDefault(queries.get(i), List.of());
            int best = found.isEmpty() ? 0 : found.get(0).score();
            tally.count(tokens.stream().filter(Token::isScored).map(Token::norm).collect(Collectors.joining(" ")),
                    Band.of(best), words);
            if (!segment.needsTarget()) {
                tally.alreadyTranslated++;
                continue;
            }
            if (segment.hasCodes()) {
                tally.withCodes++;
            }
            if (options.analyseOnly()) {
                continue;
            }
            Match fill = best >= options.threshold() && !segment.hasCodes() ? found.get(0) : null;
            if (fill != null) {
                fill(doc, segment, file, fill, edits);
                tally.filled++;
                tally.finals += fill.score() >= 100 ? 1 : 0;
            }
            List<Match> others = found.stream().filter(m -> m != fill).limit(options.alternatives()).toList();
            if (others.isEmpty()) {
                continue;
            }
            int at = doc.unitInsertAt().get(segment.unit());
            if (doc.version() == XliffVersion.V1_2) {
                edits.add(new Edit(at, at, TargetMarkup.altTrans(others, doc.prefix(), file.sourceLang(), file.targetLang())));
            } else if (segment.id() != null) {
                unitMatches.computeIfAbsent(segment.unit(), k -> new ArrayList<>()).addAll(others);
                others.forEach(m -> unitRefs.computeIfAbsent(segment.unit(), k -> new ArrayList<>()).add(segment.id()));
            }
        }
        unitMatches.forEach((unit, list) -> {
            int at = doc.unitInsertAt().get(unit);
            edits.add(new Edit(at, at, TargetMarkup.matches(list, unitRefs.get(unit), doc.prefix(),
                    doc.unitsWithMatches().contains(unit))));
        });
        PretranslationReport report = new PretranslationReport(fileName, doc.version() == XliffVersion.V1_2 ? "1.2" : "2.0",
                options.threshold(), options.analyseOnly(), tallies.stream().map(FileTally::report).toList());
        return new Outcome(report, options.analyseOnly() ? null : decoded.encode(Edit.apply(doc.text(), edits), fileName));
    }

    /** One lookup: the text, its languages and the previous segment's text (for 101 % matches). */
    private record Query(String text, String sourceLang, String targetLang, String previous) {
    }

    private static List<Query> queries(XliffDocument doc) {
        List<Query> queries = new ArrayList<>();
        String previous = null;
        for (XliffSegment segment : doc.segments()) {
            XliffFileInfo file = doc.files().get(segment.file());
            String text = segment.text().strip();
            queries.add(new Query(text, file.sourceLang(), file.targetLang(), previous));
            previous = text.isEmpty() ? previous : text;
        }
        return queries;
    }

    /**
     * The matches of every distinct query, on all cores: a file's repetitions are looked up once,
     * and lookups only read the index and the database (each in its own transaction).
     */
    private Map<Query, List<Match>> lookups(List<Query> queries, PretranslateOptions options) {
        List<Query> distinct = queries.stream().filter(q -> !q.text().isEmpty()).distinct().toList();
        // The workers need the application's class loader, which the pool's default threads lack.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), p -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            thread.setContextClassLoader(loader);
            return thread;
        }, null, false);
        try {
            return pool.submit(() -> distinct.parallelStream()
                    .collect(Collectors.toConcurrentMap(q -> q, q -> lookup(q, options)))).join();
        } finally {
            pool.shutdown();
        }
    }

    private List<Match> lookup(Query query, PretranslateOptions options) {
        try {
            return matches.matches(query.text(), query.sourceLang(), query.targetLang(), options.memories(),
                    Band.LOWEST_SCORE, options.alternatives() + 1, query.previous());
        } catch (InvalidInputException e) {
            if (e.violations().stream().anyMatch(v -> v.field().equals("text") || v.field().equals("previous"))) {
                return List.of();
            }
            throw e;
        }
    }

    private static void fill(XliffDocument doc, XliffSegment segment, XliffFileInfo file, Match match, List<Edit> edits) {
        Map<String, String> state = TargetMarkup.targetState(doc.version(), match.score());
        String translation = TargetMarkup.translation(match);
        if (segment.targetStart() >= 0) {
            String startTag = doc.text().substring(segment.targetStart(), segment.targetTagEnd());
            edits.add(new Edit(segment.targetStart(), segment.targetEnd(), TargetMarkup.filledTarget(startTag, translation,
                    doc.version() == XliffVersion.V1_2 ? state : Map.of())));
        } else {
            edits.add(new Edit(segment.afterSource(), segment.afterSource(),
                    TargetMarkup.newTarget(doc.version(), doc.prefix(), file.targetLang(), translation, state)));
        }
        if (doc.version() == XliffVersion.V2_0) {
            String tag = doc.text().substring(segment.tagStart(), segment.tagEnd());
            edits.add(new Edit(segment.tagStart(), segment.tagEnd(), TargetMarkup.withAttributes(tag, state)));
        }
    }

    /**
     * Words and numbers as a translator counts them, as written: a character that expands into
     * several (ﷺ, ½) is one.
     */
    static int wordCount(List<Token> tokens) {
        int words = 0;
        Token previous = null;
        for (Token t : tokens) {
            boolean written = previous == null || !t.sharesCharacterWith(previous);
            if ((t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) && written) {
                words++;
            }
            previous = t;
        }
        return words;
    }
}
