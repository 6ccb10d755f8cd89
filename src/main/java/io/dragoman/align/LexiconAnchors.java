package io.dragoman.align;

import io.dragoman.text.ArabicStemmer;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Frequent words with stable translations as anchors ({@code alignment/lexicon-ar-en.tsv}):
 * «المتحدث» and "spokesman" share {@code w:<entry>}. Arabic words match through their clitic
 * readings ({@link ArabicStemmer#candidates}), English words after folding a plural -s or -ies.
 * Common words also occur in sentences that are not translations of each other, so each shared
 * word weighs less than a shared number or glossary term.
 */
public final class LexiconAnchors implements AnchorSource {
    static final String RESOURCE = "alignment/lexicon-ar-en.tsv";
    /** Beyond this many remembered words the cache starts afresh: memory stays bounded. */
    private static final int CACHE_LIMIT = 200_000;
    private final Map<String, List<Integer>> arabic;
    private final Map<String, List<Integer>> english;
    /** Entries per Arabic word: enumerating clitic readings costs more than the lookups. */
    private final Map<String, Set<Integer>> arabicWords = new ConcurrentHashMap<>();

    private LexiconAnchors(Map<String, List<Integer>> arabic, Map<String, List<Integer>> english) {
        this.arabic = arabic;
        this.english = english;
    }

    /** The shipped Arabic-English word list. */
    public static LexiconAnchors arabicEnglish() {
        try (InputStream in = LexiconAnchors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, List<Integer>> arabic = new HashMap<>();
            Map<String, List<Integer>> english = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int entry = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length != 2) {
                    continue;
                }
                index(cells[0], entry, arabic, false);
                index(cells[1], entry, english, true);
                entry++;
            }
            return new LexiconAnchors(arabic, english);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void index(String forms, int entry, Map<String, List<Integer>> into, boolean latin) {
        for (String form : forms.split("\\|")) {
            for (String norm : Tokenizer.scoredNorms(form)) {
                into.computeIfAbsent(latin ? foldEnglish(norm) : norm, k -> new ArrayList<>()).add(entry);
            }
        }
    }

    @Override
    public double weight() {
        return 0.5;
    }

    @Override
    public List<String> anchors(String text, LanguageTag language) {
        boolean isArabic = language.isArabic();
        if (!isArabic && !language.isEnglish()) {
            return List.of();
        }
        List<String> anchors = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(text)) {
            if (token.kind() != Token.Kind.WORD) {
                continue;
            }
            Iterable<Integer> entries = isArabic ? arabicEntries(token.norm())
                    : english.getOrDefault(foldEnglish(token.norm()), List.of());
            entries.forEach(e -> anchors.add("w:" + e));
        }
        return anchors;
    }

    private Set<Integer> arabicEntries(String word) {
        Set<Integer> cached = arabicWords.get(word);
        if (cached != null) {
            return cached;
        }
        Set<Integer> entries = new LinkedHashSet<>();
        for (ArabicStemmer.Candidate candidate : ArabicStemmer.candidates(word)) {
            entries.addAll(arabic.getOrDefault(candidate.stem(), List.of()));
        }
        if (arabicWords.size() > CACHE_LIMIT) {
            arabicWords.clear();
        }
        arabicWords.put(word, Set.copyOf(entries));
        return entries;
    }

    /** countries → country, troops → troop; short words and -ss endings stay. */
    static String foldEnglish(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
