package io.dragoman.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The segmentation steps that run after the SRX rules, because a regular expression at one
 * position cannot say them:
 * <ol>
 * <li><b>Quotations stay whole.</b> A sentence end inside a quotation of at most
 *     {@value #MAX_QUOTE} characters does not cut it: {@code قال «انتهى الاجتماع. سنعود غداً» ثم غادر.}
 *     and {@code He said: "We will go. They will stay." Then he left.} keep the quotation in one
 *     segment, so that both sides of a translation cut it alike (a translator often joins or
 *     splits the sentences of a quotation). «…» and “…” pair by their direction; straight double
 *     quotes pair in order when a paragraph holds an even number of them, otherwise they are
 *     left alone.</li>
 * <li><b>Arabic reporting verbs start a sentence.</b> Arabic news often runs a new sentence on
 *     without a full stop: {@code … في المنطقة وقال الوزير إن …}. Before و + قال, أضاف, أشار, أكد,
 *     تابع or أوضح (and their feminine forms) the text breaks when no punctuation precedes the
 *     verb (a closing quotation mark may: {@code … لاحقاً" وأضاف أنه …}), at least {@value #MIN_WORDS_BEFORE} words precede it in the segment and at least
 *     {@value #MIN_WORDS_AFTER} words follow in the paragraph; {@code أعلن الوزير وقال إن} stays.</li>
 * </ol>
 * Decisions use the {@link Segmenter}'s codes: 0 undecided, 1 break, 2 no break.
 */
final class BoundaryRules {
    static final int MAX_QUOTE = 400;
    static final int MIN_WORDS_BEFORE = 6;
    static final int MIN_WORDS_AFTER = 3;
    private static final Pattern REPORTING_VERB = Pattern.compile(
            "(?<=[\\p{L}\\p{M}\\p{N}]|[\\p{L}\\p{M}\\p{N}][\"\u00BB\u201D])\\s+(?=و(?:قال|قالت|[أا]ضاف|[أا]ضافت|[أا]شار|[أا]شارت|[أا]كد|[أا]كدت|تابع|تابعت|[أا]وضح|[أا]وضحت)(?![\\p{L}\\p{M}]))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private BoundaryRules() {
    }

    static void apply(String paragraph, LanguageTag language, byte[] decision) {
        if (language.isArabic()) {
            reportingVerbs(paragraph, decision);
        }
        keepQuotations(paragraph, decision);
    }

    private static void reportingVerbs(String text, byte[] decision) {
        Matcher verb = REPORTING_VERB.matcher(text);
        while (verb.find()) {
            int position = verb.start();
            if (decision[position] == 0 && words(text, lastBreak(decision, position), position) >= MIN_WORDS_BEFORE
                    && words(text, verb.end(), text.length()) >= MIN_WORDS_AFTER) {
                decision[position] = 1;
            }
        }
    }

    private static int lastBreak(byte[] decision, int position) {
        for (int p = position - 1; p > 0; p--) {
            if (decision[p] == 1) {
                return p;
            }
        }
        return 0;
    }

    private static int words(String text, int from, int to) {
        Matcher word = WORD.matcher(text).region(from, to);
        int count = 0;
        while (word.find()) {
            count++;
        }
        return count;
    }

    private static void keepQuotations(String text, byte[] decision) {
        directed(text, '\u00AB', '\u00BB', decision);
        directed(text, '\u201C', '\u201D', decision);
        int quotes = (int) text.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 0) {
            int open = -1;
            for (int k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) {
                if (open < 0) {
                    open = k;
                } else {
                    keep(open, k, decision);
                    open = -1;
                }
            }
        }
    }

    /** Each opening mark with the first closing mark after it, unless another opening comes first. */
    private static void directed(String text, char opening, char closing, byte[] decision) {
        for (int open = text.indexOf(opening); open >= 0; open = text.indexOf(opening, open + 1)) {
            int close = text.indexOf(closing, open + 1);
            int next = text.indexOf(opening, open + 1);
            if (close > 0 && (next < 0 || close < next)) {
                keep(open, close, decision);
            }
        }
    }

    /** No break after the opening mark up to and including just before the closing one. */
    private static void keep(int open, int close, byte[] decision) {
        if (close - open > MAX_QUOTE) {
            return;
        }
        for (int p = open + 1; p <= close; p++) {
            if (decision[p] == 1) {
                decision[p] = 2;
            }
        }
    }
}
