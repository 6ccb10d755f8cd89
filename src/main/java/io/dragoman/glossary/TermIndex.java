package io.dragoman.glossary;

import io.dragoman.glossary.IndexedConcept.IndexedTerm;
import io.dragoman.glossary.TermHit.TargetTerm;
import io.dragoman.glossary.TermMatcher.Match;
import io.dragoman.text.AnalyzedText;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Span;
import io.dragoman.text.TextNormalizer;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The in-memory termbase behind recognition and normalised search: every concept, and every
 * form of every term compiled into the matcher of its language. Writers are serialised by the
 * caller; readers never lock.
 */
final class TermIndex {
    /** A concept with the normalised forms of its terms, for search. */
    private record Entry(IndexedConcept concept, List<TermPattern> patterns, String[][] searchForms) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final TermMatcher arabic = new ArabicTermMatcher();
    private final TermMatcher english = new EnglishTermMatcher();
    private final TermMatcher other = new TermMatcher();
    /** Language → patterns of deprecated or forbidden terms held, kept with the matchers. */
    private final Map<String, Integer> discouraged = new ConcurrentHashMap<>();

    int size() {
        return entries.size();
    }

    /** Id → row version of every concept held. */
    Map<Long, Long> versions() {
        Map<Long, Long> versions = new java.util.HashMap<>();
        entries.forEach((id, e) -> versions.put(id, e.concept().version()));
        return versions;
    }

    void put(IndexedConcept concept) {
        remove(concept.id());
        List<TermPattern> patterns = new ArrayList<>();
        String[][] searchForms = new String[concept.terms().size()][];
        for (int t = 0; t < concept.terms().size(); t++) {
            IndexedTerm term = concept.terms().get(t);
            TermMatcher matcher = matcher(term.language());
            List<String> forms = new ArrayList<>();
            forms.add(term.text());
            forms.addAll(term.variants());
            searchForms[t] = forms.stream().map(TextNormalizer::normalize).toArray(String[]::new);
            for (int f = 0; f < forms.size(); f++) {
                // A form with an accelerator marker alone (R&D) reads literally in a text with a
                // second one (Q&A on R&D): it is compiled in both readings, found in either text.
                for (List<Token> reading : Tokenizer.readings(forms.get(f))) {
                    TermPattern pattern = matcher.compile(concept, term, forms.get(f), reading, f > 0);
                    if (pattern != null) {
                        patterns.add(pattern);
                        matcher.add(pattern);
                        if (term.status().isDiscouraged()) {
                            discouraged.merge(term.language(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        entries.put(concept.id(), new Entry(concept, patterns, searchForms));
    }

    /** Whether a pattern of a deprecated or forbidden term of {@code lang}'s language is held. */
    boolean holdsDiscouraged(LanguageTag lang) {
        return discouraged.containsKey(lang.language());
    }

    /** Every term of a concept in {@code lang}'s language, whatever its status, with its variants. */
    List<String> terms(long conceptId, LanguageTag lang) {
        Entry entry = entries.get(conceptId);
        if (entry == null) {
            return List.of();
        }
        return entry.concept().terms().stream().filter(t -> t.language().equals(lang.language()))
                .flatMap(t -> Stream.concat(Stream.of(t.text()), t.variants().stream()))
                .distinct().toList();
    }

    void remove(long conceptId) {
        Entry old = entries.remove(conceptId);
        if (old != null) {
            for (TermPattern p : old.patterns()) {
                matcher(p.term.language()).remove(p.keys[0], conceptId);
                if (p.term.status().isDiscouraged()) {
                    discouraged.computeIfPresent(p.term.language(), (lang, n) -> n == 1 ? null : n - 1);
                }
            }
        }
    }

    private TermMatcher matcher(String language) {
        return switch (language) {
            case "ar" -> arabic;
            case "en" -> english;
            default -> other;
        };
    }

    /** Terms of language {@code lang} in {@code text}, longest first where they overlap. */
    List<TermHit> recognize(String text, LanguageTag lang, LanguageTag target) {
        return recognize(AnalyzedText.of(text, lang), target);
    }

    /**
     * Terms of the text's language in a text already analysed (a lookup's query), with the
     * concepts' terms in {@code target}; null: English for Arabic text, Arabic for any other.
     */
    List<TermHit> recognize(AnalyzedText text, LanguageTag target) {
        String lang = text.language().language();
        LanguageTag wanted = target != null ? target : text.language().isArabic() ? LanguageTag.ENGLISH : LanguageTag.ARABIC;
        List<Token> tokens = text.tokens();
        List<Match> found = new ArrayList<>();
        for (Match m : matcher(lang).find(tokens)) {
            if (m.pattern().term.language().equals(lang) && !cutsACharacter(m, tokens)) {
                found.add(m);
            }
        }
        return select(found, tokens).stream().map(m -> hit(m, text.text(), tokens, wanted)).toList();
    }

    /**
     * Whether the match takes only some of the words one character expands into (الله of ﷺ): the
     * text does not hold that term, it holds the character.
     */
    private static boolean cutsACharacter(Match m, List<Token> tokens) {
        return (m.first() > 0 && tokens.get(m.first()).sharesCharacterWith(tokens.get(m.first() - 1)))
                || (m.last() + 1 < tokens.size() && tokens.get(m.last() + 1).sharesCharacterWith(tokens.get(m.last())));
    }

    /**
     * Longest match wins: spans are taken longest first (then leftmost); a span overlapping one
     * already taken is dropped, except the very same span for another concept (a homonym).
     * Within a concept, the form found with the fewest clitics, a term before a variant, wins.
     */
    private static List<Match> select(List<Match> found, List<Token> tokens) {
        found.sort(Comparator.<Match>comparingInt(m -> tokens.get(m.first()).start() - tokens.get(m.last()).end())
                .thenComparingInt(m -> tokens.get(m.first()).start())
                .thenComparingInt(Match::stripped)
                .thenComparing(m -> m.pattern().variant)
                .thenComparing(m -> m.pattern().term.status()));
        List<Match> taken = new ArrayList<>();
        for (Match m : found) {
            boolean keep = true;
            for (Match t : taken) {
                boolean same = t.first() == m.first() && t.last() == m.last();
                boolean overlap = m.first() <= t.last() && t.first() <= m.last();
                if (same ? t.pattern().concept.id() == m.pattern().concept.id() : overlap) {
                    keep = false;
                    break;
                }
            }
            if (keep) {
                taken.add(m);
            }
        }
        taken.sort(Comparator.comparingInt(Match::first));
        return taken;
    }

    private static TermHit hit(Match m, String text, List<Token> tokens, LanguageTag target) {
        Span span = Span.covering(tokens, m.first(), m.last() + 1);
        TermPattern p = m.pattern();
        List<TargetTerm> targets = new ArrayList<>();
        List<TargetTerm> avoid = new ArrayList<>();
        for (IndexedTerm t : p.concept.terms()) {
            if (t.language().equals(target.language())) {
                (t.status().isDiscouraged() ? avoid : targets).add(new TargetTerm(t.id(), t.lang(), t.text(), t.status()));
            }
        }
        if (targets.stream().anyMatch(t -> t.status() == TermStatus.PREFERRED)) {
            targets.removeIf(t -> t.status() != TermStatus.PREFERRED);
        }
        return new TermHit(p.concept.id(), p.concept.externalId(), p.term.id(), p.term.lang(), p.term.text(), p.form,
                p.term.status(), p.term.status().isDiscouraged(), span.in(text), span, m.proclitic(), m.enclitic(),
                targets, avoid);
    }

    /**
     * Ids (ascending) of the concepts with a term that satisfies every given filter: its
     * normalised text or a variant contains the normalised query (قوه finds قوة), its language is
     * {@code lang} or a regional form of it, its status is {@code status}; and the concept's
     * subject is {@code subject} (ignoring case). Null filters do not filter.
     */
    List<Long> search(String query, String lang, TermStatus status, String subject) {
        String q = query == null ? null : TextNormalizer.normalize(query);
        List<Long> ids = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (subject != null && !subject.equalsIgnoreCase(e.concept().subject())) {
                continue;
            }
            List<IndexedTerm> terms = e.concept().terms();
            for (int t = 0; t < terms.size(); t++) {
                IndexedTerm term = terms.get(t);
                boolean langOk = lang == null || term.lang().equals(lang) || term.lang().startsWith(lang + "-");
                if (langOk && (status == null || term.status() == status) && contains(e.searchForms()[t], q)) {
                    ids.add(e.concept().id());
                    break;
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    private static boolean contains(String[] forms, String q) {
        if (q == null) {
            return true;
        }
        for (String form : forms) {
            if (form.contains(q)) {
                return true;
            }
        }
        return false;
    }
}
