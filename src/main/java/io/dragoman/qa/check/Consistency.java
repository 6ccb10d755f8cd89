package io.dragoman.qa.check;

import io.dragoman.qa.MemoryCheck;
import io.dragoman.qa.QaCheck;
import io.dragoman.qa.QaContext;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups a memory's units by the {@link ConsistencyKey} of one side and reports, in each group
 * whose other side varies, every unit that does not use the most used variant (ties: the variant
 * of the lowest unit id). Keeps three longs per unit; texts are fetched at the end, in id order, for
 * the units of the groups that vary.
 */
final class Consistency implements MemoryCheck.Accumulator {
    private static final int SHOWN_VARIANTS = 5;

    private final QaCheck check;
    private final QaContext context;
    private final boolean groupByTarget;
    private long[] keys = new long[1024];
    private long[] variants = new long[1024];
    private long[] ids = new long[1024];
    private int size;

    Consistency(QaCheck check, QaContext context, boolean groupByTarget) {
        this.check = check;
        this.context = context;
        this.groupByTarget = groupByTarget;
    }

    @Override
    public void accept(QaUnit unit) {
        if (unit.target().isBlank() || unit.source().strip().equals(unit.target().strip())) {
            return;
        }
        String key = Markup.of(unit.text(groupByTarget)).consistencyKey();
        if (key.isEmpty()) {
            return;
        }
        add(ConsistencyKey.hash(key), ConsistencyKey.hash(Markup.of(unit.text(!groupByTarget)).consistencyKey()), unit.id());
    }

    private synchronized void add(long key, long variant, long id) {
        if (size == ids.length) {
            keys = Arrays.copyOf(keys, size * 2);
            variants = Arrays.copyOf(variants, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        keys[size] = key;
        variants[size] = variant;
        ids[size] = id;
        size++;
    }

    @Override
    public synchronized List<QaIssue> finish() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        // By key, then by unit id, so each group's units come in memory order whatever thread added them.
        Arrays.sort(order, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Long.compare(ids[a], ids[b]));
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < size; ) {
            int j = i;
            boolean varies = false;
            while (j < size && keys[order[j]] == keys[order[i]]) {
                varies |= variants[order[j]] != variants[order[i]];
                j++;
            }
            if (varies) {
                groups.add(Arrays.asList(order).subList(i, j));
            }
            i = j;
        }
        return report(groups);
    }

    /**
     * Loads the units of every group in one pass in id order, then describes each group: the
     * units sit scattered over the memory, and asked for group by group each one read a page of
     * the table of its own.
     */
    private List<QaIssue> report(List<List<Integer>> groups) {
        Set<Long> needed = new TreeSet<>();
        List<Map<Long, List<Integer>>> byVariant = new ArrayList<>();
        for (List<Integer> group : groups) {
            Map<Long, List<Integer>> variantsOf = new LinkedHashMap<>();
            group.forEach(i -> variantsOf.computeIfAbsent(variants[i], v -> new ArrayList<>()).add(i));
            byVariant.add(variantsOf);
            group.forEach(i -> needed.add(ids[i]));
        }
        Map<Long, QaUnit> units = needed.isEmpty() ? Map.of() : context.units().load(needed);
        List<QaIssue> issues = new ArrayList<>();
        for (Map<Long, List<Integer>> variantsOf : byVariant) {
            describe(variantsOf, units, issues);
        }
        return issues;
    }

    private void describe(Map<Long, List<Integer>> variantsOf, Map<Long, QaUnit> units, List<QaIssue> issues) {
        List<List<Integer>> ranked = new ArrayList<>(variantsOf.values());
        ranked.sort((a, b) -> Integer.compare(b.size(), a.size()));
        StringBuilder message = new StringBuilder(groupByTarget
                ? "The same translation stands for " + ranked.size() + " different sources in this memory: "
                : "The same source is translated " + ranked.size() + " ways in this memory: ");
        for (int v = 0; v < Math.min(SHOWN_VARIANTS, ranked.size()); v++) {
            QaUnit example = units.get(ids[ranked.get(v).get(0)]);
            message.append(v == 0 ? "«" : ", «").append(example == null ? "?" : example.text(!groupByTarget).strip())
                    .append("» ×").append(ranked.get(v).size()).append(v == 0 ? " (most used)" : "");
        }
        if (ranked.size() > SHOWN_VARIANTS) {
            message.append(", and ").append(ranked.size() - SHOWN_VARIANTS).append(" more");
        }
        message.append('.');
        for (List<Integer> variant : ranked.subList(1, ranked.size())) {
            for (int i : variant) {
                QaUnit unit = units.get(ids[i]);
                if (unit != null) {
                    Span whole = Span.of(0, unit.text(!groupByTarget).length());
                    issues.add(QaIssue.of(check, unit, groupByTarget ? List.of(whole) : List.of(),
                            groupByTarget ? List.of() : List.of(whole), message.toString()));
                }
            }
        }
    }
}
