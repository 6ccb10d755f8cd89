package io.dragoman.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Runs a settings' checks over a stream of units: {@link #accept} per unit (unit checks answer at
 * once, memory checks accumulate), then {@link #finish} for the memory checks' findings. One
 * engine per run; {@link #accept} may be called from several threads, {@link #finish} once after.
 */
public final class QaEngine {
    private static final Logger LOG = Logger.getLogger(QaEngine.class);

    private final QaContext context;
    private final List<UnitCheck> unitChecks = new ArrayList<>();
    private final List<MemoryCheck.Accumulator> accumulators = new ArrayList<>();

    public QaEngine(QaContext context) {
        this.context = context;
        for (QaCheck check : QaCatalog.all()) {
            if (!context.settings().isEnabled(check)) {
                continue;
            }
            if (check instanceof UnitCheck unitCheck) {
                unitChecks.add(unitCheck);
            } else if (check instanceof MemoryCheck memoryCheck) {
                accumulators.add(memoryCheck.start(context));
            }
        }
    }

    /** The unit checks' findings for this unit; the memory checks take note of it. */
    public List<QaIssue> accept(QaUnit unit) {
        List<QaIssue> issues = new ArrayList<>();
        if (unit.isCredits()) {
            // gettext's translator credits ("translator-credits", "Your emails") are lists of
            // names and addresses, not translations: nothing to check.
            return issues;
        }
        for (UnitCheck check : unitChecks) {
            try {
                issues.addAll(check.check(unit, context));
            } catch (RuntimeException e) {
                // One odd unit must not sink a run over a whole memory: log it and go on.
                LOG.warnf(e, "QA check %s failed on unit %d", check.id(), unit.id());
            }
        }
        for (MemoryCheck.Accumulator accumulator : accumulators) {
            accumulator.accept(unit);
        }
        return issues;
    }

    /** The memory checks' findings, once every unit has been accepted. */
    public List<QaIssue> finish() {
        List<QaIssue> issues = new ArrayList<>();
        for (MemoryCheck.Accumulator accumulator : accumulators) {
            issues.addAll(accumulator.finish());
        }
        return issues;
    }

    /**
     * The unit checks' findings for each unit of a page, in the page's order, computed on every
     * core (checks are stateless and accumulators thread-safe); the memory checks take note of
     * every unit.
     */
    public List<List<QaIssue>> acceptAll(List<QaUnit> page) {
        return page.parallelStream().map(this::accept).toList();
    }

    /** Every finding over a list of units held in memory (ad-hoc checks, tests). */
    public static List<QaIssue> checkAll(List<QaUnit> units, QaSettings settings, GlossaryTerms terms) {
        Map<Long, QaUnit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        UnitLookup lookup = ids -> {
            Map<Long, QaUnit> found = new HashMap<>();
            ids.forEach(id -> {
                if (byId.containsKey(id)) {
                    found.put(id, byId.get(id));
                }
            });
            return found;
        };
        QaEngine engine = new QaEngine(new QaContext(settings, terms, lookup));
        List<QaIssue> issues = new ArrayList<>();
        units.forEach(u -> issues.addAll(engine.accept(u)));
        issues.addAll(engine.finish());
        return issues;
    }
}
