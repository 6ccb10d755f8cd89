package io.dragoman.align;

import io.dragoman.glossary.ConceptDraft;
import io.dragoman.glossary.ConceptView;
import io.dragoman.glossary.TermDraft;
import io.dragoman.glossary.TermView;
import io.dragoman.text.LanguageTag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Glossary concepts as anchors: a segment that contains a term (or a variant) of concept 42 has
 * the anchor {@code c:42}, so «البنتاجون» and "the Pentagon", or «جو بايدن» and "Joe Biden", tie
 * their segments together. Matching is on whole words after a light fold (Arabic diacritics,
 * tatweel, alef, alef maqsura and teh marbuta forms; English case and a final -s), and an Arabic
 * term also matches after the proclitics و ف ب ل ك and as لل for ال (لوزارة الدفاع, للحكم المؤقت).
 *
 * <p>This is the interim recogniser of the alignment issue: an exact lookup over the termbase.
 * The glossary's own term recogniser is meant to take its place once it exists.
 */
public final class GlossaryAnchors implements AnchorSource {
    private final Map<String, Map<String, List<Form>>> formsByLanguage;

    private record Form(String[] tokens, String concept) {
    }

    private GlossaryAnchors(Map<String, Map<String, List<Form>>> formsByLanguage) {
        this.formsByLanguage = formsByLanguage;
    }

    /** Anchors from the stored termbase, keyed by concept id. */
    public static GlossaryAnchors of(List<ConceptView> concepts) {
        Builder builder = new Builder();
        for (ConceptView concept : concepts) {
            for (TermView term : concept.terms()) {
                builder.add(String.valueOf(concept.id()), term.lang(), term.text(), term.variants());
            }
        }
        return builder.build();
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
                if (tokens.length > 0) {
                    forms.computeIfAbsent(language, l -> new HashMap<>())
                            .computeIfAbsent(tokens[0], t -> new ArrayList<>())
                            .add(new Form(tokens, concept));
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

    /** The token and what remains after و/ف, then ب/ل/ك, and لل read as ال. */
    static List<String> withoutProclitics(String token) {
        List<String> heads = new ArrayList<>(List.of(token));
        String rest = token;
        if (rest.length() > 3 && (rest.charAt(0) == 'و' || rest.charAt(0) == 'ف')) {
            rest = rest.substring(1);
            heads.add(rest);
        }
        if (rest.length() > 3 && rest.startsWith("لل")) {
            heads.add("ال" + rest.substring(2));
        } else if (rest.length() > 3 && "بلك".indexOf(rest.charAt(0)) >= 0) {
            heads.add(rest.substring(1));
        }
        return heads;
    }

    /** Folded word tokens; letters and digits only. */
    static String[] tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (isIgnorable(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(fold(c));
            } else if (word.length() > 0) {
                tokens.add(foldWord(word.toString()));
                word.setLength(0);
            }
        }
        return tokens.toArray(String[]::new);
    }

    private static boolean isIgnorable(char c) {
        return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            default -> Character.toLowerCase(c);
        };
    }

    private static String foldWord(String word) {
        boolean latin = word.charAt(word.length() - 1) < 0x0250;
        if (latin && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT);
        }
        return word;
    }
}
