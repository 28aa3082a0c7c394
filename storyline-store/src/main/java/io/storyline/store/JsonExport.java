package io.storyline.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.storyline.digest.StoryDigest;
import io.storyline.speakers.Speaker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the contract's JSON document (version 1) for everything in a store: articles with their
 * text, boilerplate and flags, stories with every section of their digests, and, beyond the contract's
 * minimum, the store-wide speakers ({@code speakers} at the top: one entry per person or institution
 * across stories, each story speaker pointing at it with {@code global}). Every object is a {@link
 * Contract} record written by {@link Contract#MAPPER}, one story or article at a time (the document is
 * never held whole). The file is written to a temporary sibling and moved into place, so a reader never
 * sees half a document.
 */
public final class JsonExport {

    public static final int VERSION = Contract.VERSION;

    private final StoryDigests digests;

    /** An export whose story sections come from {@code digests}. */
    public JsonExport(StoryDigests digests) {
        this.digests = digests;
    }

    /** Writes the document for {@code store} to {@code file}. */
    public void write(Store store, Path file) {
        Path abs = file.toAbsolutePath();
        Path parent = abs.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = Files.createTempFile(parent == null ? Path.of(".") : parent, ".storyline-export", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    write(store, out);
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the document for {@code store} to {@code out} (not closed). */
    public void write(Store store, OutputStream out) throws IOException {
        Map<String, List<String>> stories = store.stories();
        try (JsonGenerator g = Contract.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            // Stories first: their analysis gives the articles' flags (machine-garbled, paraphrased copy).
            g.writeArrayFieldStart("stories");
            SpeakerIndex index = new SpeakerIndex();
            Map<String, Set<String>> flags = new HashMap<>();
            for (String id : stories.keySet()) {
                List<StoredArticle> articles = StoryDigests.inStoryOrder(store.story(id));
                StoryDigest d = digests.of(articles);
                Contract.MAPPER.writeValue(g, Contract.StoryJson.of(id, articles, d, index.add(id, d.speakers())));
                for (String article : d.evidence().flags().keySet()) {
                    flags.put(article, StoryDigests.flags(d, article));
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("articles");
            try {
                store.forEach(a -> {
                    try {
                        Contract.MAPPER.writeValue(g, Contract.ArticleJson.of(a, flags.getOrDefault(a.id(), Set.of())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("speakers");
            for (Speaker s : index.global()) {
                Contract.MAPPER.writeValue(g, Contract.GlobalSpeakerJson.of(s, index.stories(s.id())));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * The REST API's story object (the contract's {@code stories[]} element, without store-wide
     * speaker ids) with {@code shown}, a digest already at
     * hand that may predate the story's newest articles, and a {@code digest} member saying so
     * ({@link Contract.DigestJson}). Computes no digest.
     */
    public Contract.ApiStoryJson story(String storyId, List<StoredArticle> articles, StoryDigests.Based shown) {
        List<StoredArticle> ordered = StoryDigests.inStoryOrder(articles);
        String storyBasis = digests.basis(ordered);
        return new Contract.ApiStoryJson(
                story(storyId, ordered, shown.digest()),
                new Contract.DigestJson(shown.basis().equals(storyBasis), shown.basis(), storyBasis));
    }

    /**
     * One story object of the document, without store-wide speaker ids, for articles already in story
     * order and their digest {@code d} (the Spark job writes these).
     */
    public static Contract.StoryJson story(String storyId, List<StoredArticle> ordered, StoryDigest d) {
        return Contract.StoryJson.of(storyId, ordered, d, new SpeakerIndex().add(storyId, d.speakers()));
    }
}
