package io.dragoman.api;

import io.dragoman.core.InvalidInputException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads numeric and boolean query parameters so that a bad value is the client's mistake, named:
 * JAX-RS answers a query parameter it cannot convert with 404 and no name ({@code ?minScore=abc}
 * looked like a missing page). Here it is a 400 problem naming the parameter and the value; the
 * converter's failure reaches {@link ProblemMapper} wrapped by the framework. A boolean takes
 * {@code true} or {@code false} only, where {@link Boolean#valueOf} would read any typo as false.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {
    /** How to read one type; {@code empty} is what an empty value means (null, or a primitive's zero). */
    private record Reader(String expected, Function<String, Object> parse, Object empty) {
    }

    private static final Map<Class<?>, Reader> READERS = Map.of(
            Integer.class, new Reader("a whole number", Integer::valueOf, null),
            int.class, new Reader("a whole number", Integer::valueOf, 0),
            Long.class, new Reader("a whole number", Long::valueOf, null),
            long.class, new Reader("a whole number", Long::valueOf, 0L),
            Double.class, new Reader("a number", Double::valueOf, null),
            double.class, new Reader("a number", Double::valueOf, 0.0),
            Boolean.class, new Reader("true or false", QueryParameters::bool, null),
            boolean.class, new Reader("true or false", QueryParameters::bool, Boolean.FALSE));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reader reader = READERS.get(rawType);
        String name = queryParameter(annotations);
        if (reader == null || name == null) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<Object>() {
            @Override
            public Object fromString(String value) {
                if (value == null || value.isBlank()) {
                    return reader.empty();
                }
                try {
                    return reader.parse().apply(value.strip());
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of(name, "'" + value + "' is not " + reader.expected());
                }
            }

            @Override
            public String toString(Object value) {
                return String.valueOf(value);
            }
        };
    }

    private static String queryParameter(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
            }
        }
        return null;
    }

    private static Object bool(String value) {
        // The framework passes "0" for an absent primitive; 1 and 0 are common enough to take.
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
