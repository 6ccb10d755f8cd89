package io.dragoman.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arabic light stemming on normalised words ({@link TextNormalizer}): Lucene's
 * {@link org.apache.lucene.analysis.ar.ArabicStemmer} with the proclitic chains it misses, and
 * an enumeration of every plausible clitic split for callers that must decide against a lexicon
 * (the glossary recognizer).
 *
 * <p>Lucene strips one of ال وال بال كال فال لل و and then its suffixes. It leaves a bare
 * preposition ب/ك/ل, a conjunction ف, and chains such as وب فل وبال فلل alone, so وبقوه
 * stems to بقو and لقوات to لقو (while قوه stems to قو). {@link #stemPrefix} here strips the whole
 * chain conjunction (و ف) + preposition (ب ك ل) + article (ال, or لل for ل+ال), keeping Lucene's
 * length guards: at least two letters must remain after an article, three otherwise. Like every
 * light stemmer it cannot tell the فل of فلسطين from a clitic pair; {@link #candidates} keeps the
 * unstripped word as its first answer for that reason.
 */
public final class ArabicStemmer extends org.apache.lucene.analysis.ar.ArabicStemmer {
    private static final String[] CONJUNCTIONS = {"و", "ف"};
    private static final String[] PREPOSITIONS = {"ب", "ك", "ل"};
    private static final String ARTICLE = "ال";
    /** ل + ال is written لل: the article's alef drops after the preposition. */
    private static final String LAM_ARTICLE = "لل";
    /** Attached pronouns, longest first so that هما is tried before ها and ه. */
    private static final String[] ENCLITICS = {"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك", "ي"};
    private static final int MIN_STEM = 2;

    /** One way to read a word: its stem and the clitics stripped to reach it. */
    public record Candidate(String stem, String proclitic, String enclitic, boolean tehRestored) {
        /** True when nothing was stripped. */
        public boolean isWholeWord() {
            return proclitic.isEmpty() && enclitic.isEmpty();
        }
    }

    /** Stems a normalised word: the whole proclitic chain, then Lucene's suffixes. */
    public String stem(String normalisedWord) {
        char[] buffer = normalisedWord.toCharArray();
        return new String(buffer, 0, stem(buffer, buffer.length));
    }

    @Override
    public int stemPrefix(char[] s, int len) {
        int strip = chainLength(new String(s, 0, len));
        if (strip == 0) {
            return super.stemPrefix(s, len);
        }
        System.arraycopy(s, strip, s, 0, len - strip);
        return len - strip;
    }

    /** Length of the longest proclitic chain that leaves enough of the word, or 0. */
    static int chainLength(String word) {
        int best = 0;
        for (String prefix : proclitics()) {
            boolean article = prefix.endsWith(ARTICLE) || prefix.endsWith(LAM_ARTICLE);
            int remaining = word.length() - prefix.length();
            if (word.startsWith(prefix) && remaining >= (article ? MIN_STEM : 3) && prefix.length() > best) {
                best = prefix.length();
            }
        }
        return best;
    }

    /**
     * Every plausible split of a normalised word into proclitics (و ف ب ك ل ال لل and their
     * chains), a stem of at least two letters and an enclitic pronoun (ه ها هما هم هن ك كم كن كما
     * ي نا; never after the article). When a pronoun follows a ت, the stem is also offered with
     * the ت restored to the (normalised) teh marbuta ه: حكومتها → حكومه. The whole word comes
     * first, then longer stems before shorter ones; each stem appears once, with its shortest
     * stripping.
     */
    public static List<Candidate> candidates(String normalisedWord) {
        List<Candidate> all = new ArrayList<>();
        all.add(new Candidate(normalisedWord, "", "", false));
        addSplits(all, "", normalisedWord, false);
        for (String prefix : proclitics()) {
            if (!normalisedWord.startsWith(prefix)) {
                continue;
            }
            String rest = normalisedWord.substring(prefix.length());
            addSplits(all, prefix, rest, prefix.endsWith(ARTICLE) || prefix.endsWith(LAM_ARTICLE));
        }
        Map<String, Candidate> unique = new LinkedHashMap<>();
        all.stream()
                .sorted(Comparator.comparing(Candidate::isWholeWord).reversed()
                        .thenComparing(c -> -c.stem().length())
                        .thenComparing(c -> c.proclitic().length() + c.enclitic().length()))
                .forEach(c -> unique.putIfAbsent(c.stem(), c));
        return List.copyOf(unique.values());
    }

    private static void addSplits(List<Candidate> out, String prefix, String rest, boolean article) {
        if (!prefix.isEmpty() && rest.length() >= MIN_STEM) {
            out.add(new Candidate(rest, prefix, "", false));
        }
        if (article) {
            return;
        }
        for (String enclitic : ENCLITICS) {
            int stemLength = rest.length() - enclitic.length();
            if (!rest.endsWith(enclitic) || stemLength < MIN_STEM) {
                continue;
            }
            String stem = rest.substring(0, stemLength);
            out.add(new Candidate(stem, prefix, enclitic, false));
            if (stem.endsWith("ت")) {
                out.add(new Candidate(stem.substring(0, stemLength - 1) + "ه", prefix, enclitic, true));
            }
        }
    }

    /** Every proclitic chain: "" and conjunction? preposition? article?, with ل+ال as لل. */
    static List<String> proclitics() {
        return PROCLITICS;
    }

    private static final List<String> PROCLITICS = buildProclitics();

    private static List<String> buildProclitics() {
        List<String> chains = new ArrayList<>();
        for (String conj : withEmpty(CONJUNCTIONS)) {
            for (String prep : withEmpty(PREPOSITIONS)) {
                chains.add(conj + prep);
                chains.add(prep.equals("ل") ? conj + LAM_ARTICLE : conj + prep + ARTICLE);
            }
        }
        chains.remove("");
        return List.copyOf(chains);
    }

    private static List<String> withEmpty(String[] values) {
        List<String> list = new ArrayList<>();
        list.add("");
        list.addAll(List.of(values));
        return list;
    }
}
