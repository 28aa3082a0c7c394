package io.storyline.stream;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Where {@link StreamProcessor} reads and writes.
 *
 * @param bootstrap the brokers, {@code host:port[,host:port...]}
 * @param in the topic of articles (the contract's JSON article object, one per record)
 * @param out the topic the story-update events go to (key: story id)
 * @param deadLetter the topic bad records go to, unchanged, with the reason in headers
 * @param group the consumer group, whose committed offsets say what the store holds
 * @param client more Kafka client settings (security, say), given to consumer and producer alike;
 *     they cannot turn on auto-commit
 */
public record StreamConfig(
        String bootstrap, String in, String out, String deadLetter, String group, Map<String, String> client) {

    /** Records taken per poll at most: a batch is stored, published and committed as one. */
    static final int MAX_POLL_RECORDS = 50;

    public StreamConfig {
        requireText("bootstrap", bootstrap);
        requireText("in", in);
        requireText("out", out);
        requireText("deadLetter", deadLetter);
        requireText("group", group);
        client = Map.copyOf(client);
        if (in.equals(out) || in.equals(deadLetter)) {
            throw new IllegalArgumentException(
                    "the input topic must differ from the output and dead-letter topics, got \"" + in + "\" for both");
        }
        String autoCommit = client.get(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG);
        if (autoCommit != null && !autoCommit.equals("false")) {
            throw new IllegalArgumentException(
                    "enable.auto.commit must stay false: offsets are committed after the store has the records");
        }
    }

    private static void requireText(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    Properties consumer() {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(MAX_POLL_RECORDS));
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    Properties producer() {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "0");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }
}
