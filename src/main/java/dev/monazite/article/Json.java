package dev.monazite.article;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The project's one JSON mapper: ISO dates, unknown fields tolerated for forward compatibility. */
public final class Json {
    public static final ObjectMapper MAPPER = configured(new ObjectMapper());

    private static ObjectMapper configured(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private Json() {}
}
