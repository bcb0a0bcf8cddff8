package dev.monazite.article;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The project's one JSON mapper: ISO dates, unknown fields tolerated for forward compatibility. */
public final class Json {
    public static final ObjectMapper MAPPER = configured(new ObjectMapper());

    /**
     * The same mapping in Smile, Jackson's binary JSON, for what the index stores in bulk: names and
     * short values repeated within one value are written once and referred back to.
     */
    public static final ObjectMapper SMILE = configured(new ObjectMapper(SmileFactory.builder()
            .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES).build()));

    private static ObjectMapper configured(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private Json() {}
}
