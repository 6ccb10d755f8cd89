package io.dragoman.match;

import java.util.Collection;
import java.util.Map;

/** Where stored texts come from: the database in the server, plain maps in tests and benchmarks. */
public interface TextSource {
    /** The units among {@code ids} that still exist, by id. */
    Map<Long, UnitTexts> texts(Collection<Long> ids);
}
