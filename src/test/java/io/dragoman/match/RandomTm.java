package io.dragoman.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small random bilingual memories and perturbed queries for the property tests. */
final class RandomTm implements TextSource {
    private static final String[] ARABIC = {"قوة", "حفظ", "السلام", "غزة", "الرئيس", "بايدن", "وزارة", "الدفاع",
            "محادثات", "لتمويل", "الأمريكي", "فلسطيني", "متعددة", "الجنسيات", "وبالقوة", "إدارة", "أولية", "مقترح"};
    private static final String[] ENGLISH = {"force", "peacekeeping", "Gaza", "President", "Biden", "Defense",
            "talks", "funding", "U.S.", "Palestinian", "multinational", "administration", "the", "a", "of", "in"};
    private static final String[] MARKS = {"\u064E", "\u064F", "\u0650", "\u0651", "\u0652"};

    final Map<Long, UnitTexts> units = new HashMap<>();
    private final Random random;
    private long nextId = 1;

    RandomTm(Random random) {
        this.random = random;
    }

    IndexedUnit newUnit(long memoryId) {
        String ar = sentence(ARABIC, 1 + random.nextInt(8));
        String en = sentence(ENGLISH, 1 + random.nextInt(8));
        boolean reversed = random.nextInt(5) == 0;
        IndexedUnit unit = reversed
                ? new IndexedUnit(nextId++, memoryId, "en", "ar", en, ar, null)
                : new IndexedUnit(nextId++, memoryId, "ar", "en-US", ar, en, null);
        put(unit);
        return unit;
    }

    void put(IndexedUnit unit) {
        units.put(unit.id(), new UnitTexts(unit.id(), unit.memoryId(), unit.sourceLang(), unit.targetLang(),
                unit.sourceText(), unit.targetText(), unit.prevSourceHash(), null));
    }

    /** A unit's text in a language, perturbed: words dropped, swapped, inserted, marks, digits. */
    String perturb(String text) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        int edits = random.nextInt(4);
        for (int e = 0; e < edits && !words.isEmpty(); e++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(7)) {
                case 0 -> words.remove(at);
                case 1 -> words.add(at, pick(random.nextBoolean() ? ARABIC : ENGLISH));
                case 2 -> words.set(at, words.get(at) + MARKS[random.nextInt(MARKS.length)]);
                case 3 -> words.set(at, words.get(at).replace('ا', 'أ').replace("ة", "ه"));
                case 4 -> words.set(at, words.get(at).replace('3', '٣').replace('7', '٧'));
                case 5 -> words.set(at, String.valueOf(random.nextInt(1000)));
                default -> words.set(at, words.get(at).toUpperCase());
            }
        }
        return String.join(" ", words);
    }

    String randomQuery(boolean arabic) {
        return sentence(arabic ? ARABIC : ENGLISH, 1 + random.nextInt(8));
    }

    private String sentence(String[] vocabulary, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (sb.length() > 0) {
                sb.append(random.nextInt(10) == 0 ? "، " : " ");
            }
            sb.append(random.nextInt(12) == 0 ? String.valueOf(random.nextInt(12)) : pick(vocabulary));
        }
        return sb.toString();
    }

    private String pick(String[] vocabulary) {
        // Roughly Zipf: low indices much more often.
        double u = random.nextDouble();
        return vocabulary[(int) (vocabulary.length * u * u * u)];
    }

    @Override
    public Map<Long, UnitTexts> texts(Collection<Long> ids) {
        Map<Long, UnitTexts> found = new HashMap<>();
        ids.forEach(id -> {
            UnitTexts t = units.get(id);
            if (t != null) {
                found.put(id, t);
            }
        });
        return found;
    }
}
