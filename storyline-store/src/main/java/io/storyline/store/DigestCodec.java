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
        values.addSerializer(LocalDate.class, new StdScalarSerializer<>(LocalDate.class) {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        values.addDeserializer(LocalDate.class, new StdScalarDeserializer<>(LocalDate.class) {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        // a provenance source or claim origin is stored in the contract's form (an id, or upstream:NAME)
        values.addSerializer(SourceRef.class, new StdScalarSerializer<>(SourceRef.class) {
            @Override
            public void serialize(SourceRef value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.wire());
            }
        });
        values.addDeserializer(SourceRef.class, new StdScalarDeserializer<>(SourceRef.class) {
            @Override
            public SourceRef deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                return SourceRef.parse(p.getValueAsString());
            }
        });
        this.json = JsonMapper.builder()
                .addModule(values)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
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
