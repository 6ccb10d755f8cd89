package io.dragoman.align;

import io.dragoman.glossary.ConceptDraft;
import io.dragoman.glossary.TermDraft;
import io.dragoman.text.ArabicStemmer;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Glossary concepts as anchors: a segment that contains a term (or a variant) of concept 42 has
 * the anchor {@code c:42}, so «البنتاجون» and "the Pentagon", or «جو بايدن» and "Joe Biden", tie
 * their segments together. Matching is on whole words in their matching form
 * ({@link Tokenizer}, {@link io.dragoman.text.TextNormalizer}), with an English plural -s folded;
 * an Arabic term's first word also matches behind proclitics ({@link ArabicStemmer}: لوزارة
 * الدفاع, للحكم المؤقت).
 *
 * <p>A stand-in for {@link RecognizedTermAnchors} in tests and the benchmark, which run without a
 * database: an exact lookup over glossary drafts read from a file.
 */
public final class GlossaryAnchors implements AnchorSource {
    private final Map<String, Map<String, List<Form>>> formsByLanguage;

    private record Form(String[] tokens, String concept) {
    }

    private GlossaryAnchors(Map<String, Map<String, List<Form>>> formsByLanguage) {
        this.formsByLanguage = formsByLanguage;
    }

    /** Anchors from concepts not stored yet (a glossary file), keyed by their position. */
    public static GlossaryAnchors ofDrafts(List<ConceptDraft> concepts) {
        Builder builder = new Builder();
        for (int k = 0; k < concepts.size(); k++) {
            for (TermDraft term : concepts.get(k).terms()) {
                builder.add("d" + k, term.lang(), term.text(), term.variants());
            }
        }
        return builder.build();
    }

    private static final class Builder {
        private final Map<String, Map<String, List<Form>>> forms = new HashMap<>();

        void add(String concept, String lang, String text, List<String> variants) {
            String language = LanguageTag.of(lang).language();
            List<String> texts = new ArrayList<>(variants);
            texts.add(text);
            for (String written : texts) {
                String[] tokens = tokens(written);
                if (tokens.length == 0) {
                    continue;
                }
                Form form = new Form(tokens, concept);
                Map<String, List<Form>> byHead = forms.computeIfAbsent(language, l -> new HashMap<>());
                // An Arabic term's head is also indexed without its article, so that a text's
                // لل (ل + ال) form, stripped to the bare stem, still finds it.
                List<String> heads = "ar".equals(language) ? withoutProclitics(tokens[0]) : List.of(tokens[0]);
                for (String head : heads) {
                    byHead.computeIfAbsent(head, t -> new ArrayList<>()).add(form);
                }
            }
        }

        GlossaryAnchors build() {
            return new GlossaryAnchors(forms);
        }
    }

    @Override
    public List<String> anchors(String text, LanguageTag language) {
        Map<String, List<Form>> forms = formsByLanguage.getOrDefault(language.language(), Map.of());
        List<String> anchors = new ArrayList<>();
        if (forms.isEmpty()) {
            return anchors;
        }
        String[] tokens = tokens(text);
        int k = 0;
        while (k < tokens.length) {
            Form longest = longestAt(tokens, k, forms, language.isArabic());
            if (longest == null) {
                k++;
            } else {
                anchors.add("c:" + longest.concept());
                k += longest.tokens().length;
            }
        }
        return anchors;
    }

    private static Form longestAt(String[] tokens, int k, Map<String, List<Form>> forms, boolean arabic) {
        Form longest = null;
        for (String head : arabic ? withoutProclitics(tokens[k]) : List.of(tokens[k])) {
            for (Form form : forms.getOrDefault(head, List.of())) {
                if ((longest == null || form.tokens().length > longest.tokens().length) && matchesAt(form, tokens, k)) {
                    longest = form;
                }
            }
        }
        return longest;
    }

    private static boolean matchesAt(Form form, String[] tokens, int k) {
        if (k + form.tokens().length > tokens.length) {
            return false;
        }
        for (int t = 1; t < form.tokens().length; t++) {
            if (!form.tokens()[t].equals(tokens[k + t])) {
                return false;
            }
        }
        return true;
    }

    /** The token and its stems without proclitics (و ف ب ك ل ال لل and their chains). */
    static List<String> withoutProclitics(String token) {
        List<String> heads = new ArrayList<>();
        for (ArabicStemmer.Candidate candidate : ArabicStemmer.candidates(token)) {
            if (candidate.enclitic().isEmpty()) {
                heads.add(candidate.stem());
            }
        }
        return heads;
    }

    /** Matching forms of the words and numbers, with an English plural -s folded. */
    static String[] tokens(String text) {
        return Tokenizer.scoredNorms(text).stream().map(GlossaryAnchors::foldPlural).toArray(String[]::new);
    }

    private static String foldPlural(String word) {
        boolean latin = word.charAt(word.length() - 1) < 0x0250;
        if (latin && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
