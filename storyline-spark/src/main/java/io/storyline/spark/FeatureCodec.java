package io.storyline.spark;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.dedup.Fingerprint;
import io.storyline.embed.Embedding;
import io.storyline.names.NameType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@link ArticleFeatures} as compact bytes and reads them back, so that the grouping stage
 * shuffles a few hundred bytes per article instead of its whole analysis. {@link #decode} of {@link
 * #encode} gives equal features. Stateless and thread-safe.
 */
final class FeatureCodec {

    private static final int VERSION = 1;

    private FeatureCodec() {}

    static byte[] encode(ArticleFeatures f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(f.id());
            LocalDate d = f.published();
            out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
            writeCounts(out, f.terms());
            writeCounts(out, f.names());
            out.writeInt(f.nameTypes().size());
            for (Map.Entry<String, NameType> e : f.nameTypes().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().name());
            }
            Fingerprint fp = f.fingerprint();
            List<Integer> slots = fp == null ? List.of() : fp.slots();
            out.writeInt(fp == null ? -1 : slots.size());
            for (int s : slots) {
                out.writeInt(s);
            }
            Embedding e = f.embedding();
            byte[] emb = e == null ? new byte[0] : bytes(e.toBytes());
            out.writeInt(e == null ? -1 : emb.length);
            out.write(emb);
            ArticleFeatures.Cues c = f.cues();
            for (Set<String> s : List.of(c.title(), c.lead(), c.dates(), c.numbers())) {
                out.writeInt(s.size());
                for (String w : s) {
                    out.writeUTF(w);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    static ArticleFeatures decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("feature record version " + version + ", expected " + VERSION);
            }
            String id = in.readUTF();
            long day = in.readLong();
            Map<String, Integer> terms = readCounts(in);
            Map<String, Integer> names = readCounts(in);
            Map<String, NameType> types = new LinkedHashMap<>();
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                types.put(in.readUTF(), NameType.valueOf(in.readUTF()));
            }
            int slots = in.readInt();
            Fingerprint fp = null;
            if (slots >= 0) {
                List<Integer> s = new ArrayList<>(slots);
                for (int i = 0; i < slots; i++) {
                    s.add(in.readInt());
                }
                fp = Fingerprint.of(s);
            }
            int embLength = in.readInt();
            Embedding emb = null;
            if (embLength >= 0) {
                byte[] b = new byte[embLength];
                in.readFully(b);
                emb = Embedding.fromBytes(ByteBuffer.wrap(b));
            }
            List<Set<String>> cues = new ArrayList<>(4);
            for (int k = 0; k < 4; k++) {
                int size = in.readInt();
                Set<String> s = new LinkedHashSet<>();
                for (int i = 0; i < size; i++) {
                    s.add(in.readUTF());
                }
                cues.add(s);
            }
            return new ArticleFeatures(
                    id,
                    day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
                    terms,
                    names,
                    types,
                    fp,
                    emb,
                    new ArticleFeatures.Cues(cues.get(0), cues.get(1), cues.get(2), cues.get(3)));
        } catch (IOException ex) {
            throw new UncheckedIOException("a feature record is truncated or corrupt: " + ex.getMessage(), ex);
        }
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(in.readUTF(), in.readInt());
        }
        return m;
    }

    private static byte[] bytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }
}
