package io.dragoman.job;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the job settings under the names they had before {@code dragoman.jobs} (deprecated; they
 * go in a later release). Of a new name and its old ones, the value from the stronger source wins
 * (a system property over application.properties over the default), and the new name within one
 * source. Registered in {@code META-INF/services}.
 */
public final class RenamedSettings implements ConfigSourceInterceptor {
    private static final long serialVersionUID = 1L;

    /** New name, then its old names in the order they are tried. */
    static final Map<String, List<String>> OLD_NAMES = Map.of(
            "dragoman.jobs.stale-after", List.of("dragoman.tmx.job-stale-after", "dragoman.qa.stale-after"),
            "dragoman.jobs.sweep-interval", List.of("dragoman.tmx.sweep-interval"),
            "dragoman.jobs.imports.max-queued", List.of("dragoman.tmx.max-queued-imports"),
            "dragoman.jobs.imports.concurrent", List.of("dragoman.tmx.concurrent-imports"),
            "dragoman.jobs.qa.max-queued", List.of("dragoman.qa.max-queued-runs"));

    private static final Set<String> OLD = OLD_NAMES.values().stream().flatMap(List::stream)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue chosen = context.proceed(name);
        for (String old : OLD_NAMES.getOrDefault(name, List.of())) {
            ConfigValue value = context.proceed(old);
            if (value != null && (chosen == null || value.getConfigSourceOrdinal() > chosen.getConfigSourceOrdinal())) {
                chosen = value.withName(name);
            }
        }
        return chosen;
    }

    /**
     * Leaves the old names out of the names the configuration lists: they are read through their
     * new names, and the mappings under {@code dragoman.tmx} and {@code dragoman.qa} would refuse
     * them as unknown. {@code dragoman.tmx.sweep-interval} stays listed: it is also a setting of its own.
     */
    @Override
    public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
        List<String> names = new ArrayList<>();
        context.iterateNames().forEachRemaining(name -> {
            String plain = name.startsWith("%") && name.indexOf('.') > 0 ? name.substring(name.indexOf('.') + 1) : name;
            if (!OLD.contains(plain) || plain.equals("dragoman.tmx.sweep-interval")) {
                names.add(name);
            }
        });
        return names.iterator();
    }
}
