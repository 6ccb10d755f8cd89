package io.dragoman.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies that name a field twice are refused (400). Otherwise Jackson keeps the last value,
 * or, once every field of a request record has been read, fails the repeat as a server error (500):
 * {@code {"name":"a","description":"b","name":"c"}} did.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
