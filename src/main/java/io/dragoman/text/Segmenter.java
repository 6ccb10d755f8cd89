package io.dragoman.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.dragoman.core.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Splits a plain-text document into sentence segments with SRX 2.0 rules.
 *
 * <p>A blank line always ends a paragraph and a segment; inside a paragraph the rules decide. At
 * each position of the text the first rule (in file order) whose {@code beforebreak} pattern ends
 * there and whose {@code afterbreak} pattern starts there decides whether the text breaks; where no
 * rule matches it does not, unless the language is mapped to ICU4J's sentence iterator, which then
 * proposes the break. The shipped rules ({@code segmentation/dragoman.srx}) cover Arabic and
 * English; a user file replaces them ({@code dragoman.segmentation.srx}). After the rules,
 * {@link BoundaryRules} keeps short quotations whole and breaks Arabic before a reporting verb
 * that runs on without punctuation (steps a regular expression at one position cannot express).
 *
 * <p>Thread-safe: rules are immutable and matchers are created per call.
 */
public final class Segmenter {
    public static final String DEFAULT_RULES = "segmentation/dragoman.srx";
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r\\u00A0]*\\n\\s*");

    private final SrxRules rules;
    private final Map<String, SrxRules.RuleSet> byLanguage = new ConcurrentHashMap<>();

    public Segmenter(SrxRules rules) {
        this.rules = rules;
    }

    /** The rules shipped with Dragoman. */
    public static Segmenter defaults() {
        try (InputStream in = Segmenter.class.getClassLoader().getResourceAsStream(DEFAULT_RULES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RULES);
            }
            return new Segmenter(SrxReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RULES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rules from a user's SRX 2.0 file. */
    public static Segmenter load(Path srx) {
        try (Reader in = Files.newBufferedReader(srx, StandardCharsets.UTF_8)) {
            return new Segmenter(SrxReader.read(in, srx.toString()));
        } catch (IOException e) {
            throw new FormatException(srx.toString(), -1, -1, "cannot read the segmentation rules: " + e.getMessage(), e);
        }
    }

    /** The segments' texts only: {@code split("جملة أولى. جملة ثانية؟", ar)}. */
    public List<String> split(String text, LanguageTag language) {
        return segment(text, language).stream().map(Segment::text).toList();
    }

    /** Segments of a document, with offsets and paragraph numbers. */
    public List<Segment> segment(String text, LanguageTag language) {
        SrxRules.RuleSet ruleSet = byLanguage.computeIfAbsent(language.tag(), rules::forLanguage);
        List<Segment> segments = new ArrayList<>();
        Matcher paragraphs = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        int paragraph = 0;
        while (start < text.length()) {
            int end = paragraphs.find(start) ? paragraphs.start() : text.length();
            int before = segments.size();
            splitParagraph(text, start, end, paragraph, ruleSet, language, segments);
            if (segments.size() > before) {
                paragraph++;
            }
            start = end == text.length() ? end : paragraphs.end();
        }
        return segments;
    }

    private void splitParagraph(String text, int from, int to, int paragraph, SrxRules.RuleSet ruleSet,
                                LanguageTag language, List<Segment> out) {
        String part = text.substring(from, to);
        int cut = 0;
        for (int position : breaks(part, ruleSet, language)) {
            addTrimmed(text, from + cut, from + position, paragraph, out);
            cut = position;
        }
        addTrimmed(text, from + cut, to, paragraph, out);
    }

    /** Break offsets within one paragraph, ascending, excluding 0 and its length. */
    static int[] breaks(String paragraph, SrxRules.RuleSet ruleSet, LanguageTag language) {
        int length = paragraph.length();
        // decision[p]: 0 undecided, 1 break, 2 no break; the first rule to decide wins.
        byte[] decision = new byte[length + 1];
        for (SrxRules.Rule rule : ruleSet.rules()) {
            apply(rule, paragraph, decision);
        }
        if (ruleSet.icu()) {
            icuBreaks(paragraph, language, decision);
        }
        BoundaryRules.apply(paragraph, language, decision);
        return IntStream.range(1, length).filter(p -> decision[p] == 1).toArray();
    }

    private static void apply(SrxRules.Rule rule, String text, byte[] decision) {
        Matcher before = rule.before().matcher(text);
        Matcher after = rule.after().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        // Restart one character after each match start so that matches ending at every position
        // are seen, not only the non-overlapping ones.
        while (from <= text.length() && before.find(from)) {
            int position = before.end();
            if (decision[position] == 0 && after.region(position, text.length()).lookingAt()) {
                decision[position] = (byte) (rule.breaks() ? 1 : 2);
            }
            from = before.start() + 1;
        }
    }

    /** ICU's boundaries count where no SRX rule decided; SRX positions sit before the spaces. */
    private static void icuBreaks(String text, LanguageTag language, byte[] decision) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale(language.language() + "@ss=standard"));
        sentences.setText(text);
        for (int p = sentences.next(); p != BreakIterator.DONE; p = sentences.next()) {
            int q = p;
            while (q > 0 && Character.isWhitespace(text.charAt(q - 1))) {
                q--;
            }
            if (decision[q] == 0) {
                decision[q] = 1;
            }
        }
    }

    private static void addTrimmed(String text, int from, int to, int paragraph, List<Segment> out) {
        int start = from;
        int end = to;
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Segment(text.substring(start, end), start, end, paragraph));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
