package io.dragoman.qa.check;

import io.dragoman.glossary.TermHit;
import io.dragoman.qa.GlossaryTerms;
import io.dragoman.qa.IssueType;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.qa.Severity;
import io.dragoman.qa.UnitCheck;
import io.dragoman.text.Accelerators;
import io.dragoman.text.Span;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code untranslated}: an empty target (error); a target identical to its source (accelerators
 * aside) when the source is translatable prose; an English target with Arabic words in it, beyond
 * the glossary's proper names; an Arabic target that kept a run of English prose.
 *
 * <p>UI memories copy many strings on purpose: product names (Inkscape), acronyms (SMTP),
 * function names (STDEV), keys (Ctrl), formats ({@code %d × %d}), translators' names. So an
 * identical English text is reported only when it reads as prose ({@link #readsAsProse}). English words kept
 * inside an Arabic target are reported only as a run of three words or more that holds a
 * function word and two lower-case words, outside quotes: names, acronyms, options and code stay.
 */
public final class Untranslated implements UnitCheck {
    public static final String ID = "untranslated";
    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "with",
            "from", "by", "at", "as", "is", "are", "was", "were", "be", "been", "this", "that", "these", "those",
            "it", "its", "and", "or", "not", "no", "you", "your", "if", "when", "can", "cannot", "will", "has",
            "have", "do", "does", "which", "there", "than", "into", "all", "but", "please", "should", "would",
            "could", "may", "must", "so");

    @Override public String id() { return ID; }

    @Override public IssueType type() { return IssueType.UNTRANSLATED; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override
    public String description() {
        return "Empty target, target identical to a translatable source, or words left in the source's script.";
    }

    @Override
    public List<QaIssue> check(QaUnit unit, QaContext context) {
        String source = unit.source();
        String target = unit.target();
        if (target.isBlank()) {
            return Scripts.hasArabicLetter(source) || Scripts.hasLatinLetter(source)
                    ? List.of(QaIssue.of(this, unit, List.of(), List.of(), "The target is empty.").withSeverity(Severity.ERROR))
                    : List.of();
        }
        if (Accelerators.stripWithSuffix(source).strip().equals(Accelerators.stripWithSuffix(target).strip())
                && (unit.sourceIsArabic() ? Scripts.hasArabicLetter(source) : readsAsProse(source))) {
            return List.of(QaIssue.of(this, unit, List.of(), List.of(Span.of(0, target.length())),
                    "The target is a copy of the source."));
        }
        List<Span> leftovers = unit.targetIsArabic()
                ? Scripts.hasLatinLetter(target) ? englishRuns(target) : List.of()
                : arabicWords(target, context.terms());
        if (leftovers.isEmpty()) {
            return List.of();
        }
        String what = unit.targetIsArabic() ? "English text" : "Arabic words";
        return List.of(QaIssue.of(this, unit, List.of(), leftovers,
                "The target still has " + what + ": " + Spans.quote(target, leftovers) + "."));
    }

    /**
     * Whether an English text reads as words to translate rather than code or names: at least two
     * plain words (letters only, maybe with edge punctuation), three quarters of its chunks plain
     * (so command synopses, paths, e-mail addresses and identifiers are not), and a lower-case
     * function word or a lower-case word of four letters or more (so "Georg Robbers" is not).
     */
    static boolean readsAsProse(String text) {
        String[] chunks = Markup.prose(text).strip().split("\\s+");
        List<String> plain = new ArrayList<>();
        for (String chunk : chunks) {
            if (PLAIN_WORD.matcher(chunk).matches()) {
                plain.add(chunk.replaceAll("[^A-Za-z']", ""));
            }
        }
        if (plain.size() < 2 || plain.size() * 4 < chunks.length * 3) {
            return false;
        }
        return plain.stream().anyMatch(w -> FUNCTION_WORDS.contains(w) || w.length() >= 4 && w.equals(w.toLowerCase(Locale.ROOT)));
    }

    private static final java.util.regex.Pattern PLAIN_WORD =
            java.util.regex.Pattern.compile("[(\"'«“]?[_&~]?[A-Za-z]+(?:'[a-z]+)?[)\"'»”.,:;!?…]*");

    /** Runs of English prose in an Arabic text: consecutive Latin words separated by spaces only. */
    private static List<Span> englishRuns(String target) {
        String prose = Markup.prose(target);
        List<Span> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        boolean quoted = false;
        Token previous = null;
        for (Token t : Tokenizer.tokenize(prose)) {
            boolean latin = t.kind() == Token.Kind.WORD && t.surface().codePoints().allMatch(Scripts::isLatinLetter);
            boolean adjacent = run.isEmpty() || t.sharesCharacterWith(previous)
                    || prose.substring(previous.end(), t.start()).isBlank();
            if (!latin || !adjacent) {
                addRun(run, quoted, runs);
                run.clear();
            }
            if (t.kind() == Token.Kind.PUNCT && "\"'«»“”‘’".contains(t.surface())) {
                quoted = !quoted;
            }
            if (latin) {
                run.add(t);
            }
            previous = t;
        }
        addRun(run, quoted, runs);
        return runs;
    }

    private static void addRun(List<Token> run, boolean quoted, List<Span> runs) {
        if (run.size() < 3 || quoted) {
            return;
        }
        long functionWords = run.stream().filter(t -> FUNCTION_WORDS.contains(t.surface())).count();
        long lower = run.stream().filter(t -> t.surface().equals(t.surface().toLowerCase(Locale.ROOT))).count();
        if (functionWords >= 1 && lower >= 2) {
            runs.add(Span.covering(run, 0, run.size()));
        }
    }

    /** Arabic words in an English text that are not a glossary proper name. */
    private static List<Span> arabicWords(String target, GlossaryTerms terms) {
        if (!Scripts.hasArabicLetter(target)) {
            return List.of();
        }
        List<Span> names = terms.find(target, "ar", "en").stream()
                .filter(h -> terms.isProperName(h.conceptId())).map(TermHit::span).toList();
        List<Span> words = new ArrayList<>();
        Token previous = null;
        for (Token t : Tokenizer.tokenize(target)) {
            boolean again = previous != null && t.sharesCharacterWith(previous); // the words of ﷺ: one word written
            if (t.kind() == Token.Kind.WORD && !again && t.surface().codePoints().anyMatch(Scripts::isArabicLetter)) {
                Span word = t.span();
                if (names.stream().noneMatch(n -> n.contains(word))) {
                    words.add(word);
                }
            }
            previous = t;
        }
        return words;
    }
}
