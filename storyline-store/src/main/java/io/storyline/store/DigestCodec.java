package io.storyline.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.storyline.core.SourceRef;
import io.storyline.digest.StoryDigest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Writes and reads {@link StoryDigest}s as JSON documents: every record by its components (the
 * records of the digest are plain values), dates as ISO strings, sources in the contract's form. A digest read back equals the one
 * written. Thread-safe.
 *
 * <p>{@link #FORMAT} is the digest format version: bump it whenever a record of the digest changes
 * shape or a view changes what it computes, so that digests stored by an older build are recomputed
 * once (see {@link StoryDigests}).
 */
final class DigestCodec {

    /** The version of the stored digest format and of the views that fill it. */
    static final int FORMAT = 2;

    private final ObjectMapper json;

    DigestCodec() {
        SimpleModule values = new SimpleModule("values");
        asString(values, LocalDate.class, LocalDate::toString, LocalDate::parse);
        // a provenance source or claim origin is stored in the contract's form (an id, or upstream:NAME)
        asString(values, SourceRef.class, SourceRef::wire, SourceRef::parse);
        this.json = JsonMapper.builder()
                .addModule(values)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Registers {@code type} in {@code module} as a JSON string, written by {@code write} and read by {@code read}. */
    private static <T> void asString(
            SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
        module.addSerializer(type, new StdScalarSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                return read.apply(p.getValueAsString());
            }
        });
    }

    String write(StoryDigest digest) {
        try {
            return json.writeValueAsString(digest);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode a story digest: " + e.getOriginalMessage(), e);
        }
    }

    /** The digest in {@code doc}; a document that does not decode is an error naming {@code what}. */
    StoryDigest read(String doc, String what) {
        try {
            return json.readValue(doc, StoryDigest.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StoreException("cannot decode the stored digest of " + what + ": " + e.getMessage(), e);
        }
    }
}
