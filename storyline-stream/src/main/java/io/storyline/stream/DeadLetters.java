package io.storyline.stream;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Dead-letter records: the bad record's key, value and headers unchanged, plus headers saying why
 * and where it came from ({@value #REASON}, {@value #TOPIC}, {@value #PARTITION}, {@value #OFFSET}),
 * so a fixed record can be sent again as it was. Stateless.
 */
final class DeadLetters {

    static final String REASON = "storyline.reason";
    static final String TOPIC = "storyline.topic";
    static final String PARTITION = "storyline.partition";
    static final String OFFSET = "storyline.offset";

    private DeadLetters() {}

    static ProducerRecord<byte[], byte[]> of(
            String deadLetterTopic, ConsumerRecord<byte[], byte[]> bad, String reason) {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(deadLetterTopic, bad.key(), bad.value());
        for (Header h : bad.headers()) {
            r.headers().add(h);
        }
        r.headers().add(REASON, utf8(reason));
        r.headers().add(TOPIC, utf8(bad.topic()));
        r.headers().add(PARTITION, utf8(String.valueOf(bad.partition())));
        r.headers().add(OFFSET, utf8(String.valueOf(bad.offset())));
        return r;
    }

    /** Where a record came from, for reasons and events: {@code topic-partition@offset}. */
    static String origin(ConsumerRecord<?, ?> r) {
        return r.topic() + "-" + r.partition() + "@" + r.offset();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
