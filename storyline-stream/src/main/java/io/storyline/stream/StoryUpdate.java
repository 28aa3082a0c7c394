package io.storyline.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.provenance.ProvenanceEdge;
import java.util.List;

/**
 * A story-update event: story {@code story} changed in one batch: {@code articles} joined it, or
 * story assembly moved stored articles into it or out of it.
 *
 * <p>JSON, one object per record, keyed by story id: {@code {"story": "s3", "version": 212, "size": 4,
 * "articles": ["a1"], "records": ["articles-0@17"], "redelivered": false, "merged": ["s7"],
 * "movedIn": [{"article": "a0", "from": "s7"}], "movedOut": [{"article": "a9", "to": "s8"}],
 * "newCorroborations": [{"claim": "…", "independentOrigins": 2, "before": 1, "status":
 * "corroborated"}], "newContradictions": [{"claim": "…", "contradicts": "…"}], "newProvenance":
 * [{"article": "a1", "source": "upstream:Reuters", "relation": "rewrite", "credited": false}]}}.
 *
 * @param story the story id
 * @param version the store's position after the batch (it grows with every article stored, and a
 *     batch that stores nothing new, such as one read again after a restart, repeats the last one);
 *     with {@code story}, the key to drop a repeated event by (delivery to the output topic is at least
 *     once). The article count is no such key: a story that loses an article and gains another has the
 *     same count twice
 * @param size how many articles the story holds after the update
 * @param articles the articles that joined the story in this update, in story order
 * @param records where those articles were read, {@code topic-partition@offset}
 * @param redelivered whether some of the articles were already stored (a record read again after a
 *     restart): the event may repeat one published before
 * @param merged stories that this update merged into this one (their ids are gone)
 * @param movedIn stored articles story assembly moved into this story, each with the story it left
 * @param movedOut stored articles story assembly moved out of this story, each with the story it joined
 * @param changes what changed in the story's claims and provenance
 */
public record StoryUpdate(
        String story,
        long version,
        int size,
        List<String> articles,
        List<String> records,
        boolean redelivered,
        List<String> merged,
        List<StoryMoves.Move> movedIn,
        List<StoryMoves.Move> movedOut,
        StoryChanges changes) {

    public StoryUpdate {
        articles = List.copyOf(articles);
        records = List.copyOf(records);
        merged = List.copyOf(merged);
        movedIn = List.copyOf(movedIn);
        movedOut = List.copyOf(movedOut);
    }

    /** This event as the JSON document published to the output topic. */
    public String toJson(ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        o.put("story", story);
        o.put("version", version);
        o.put("size", size);
        strings(o.putArray("articles"), articles);
        strings(o.putArray("records"), records);
        o.put("redelivered", redelivered);
        strings(o.putArray("merged"), merged);
        ArrayNode in = o.putArray("movedIn");
        movedIn.forEach(m -> in.addObject().put("article", m.article()).put("from", m.from()));
        ArrayNode out = o.putArray("movedOut");
        movedOut.forEach(m -> out.addObject().put("article", m.article()).put("to", m.to()));
        ArrayNode corroborations = o.putArray("newCorroborations");
        for (StoryChanges.Corroboration c : changes.corroborations()) {
            corroborations
                    .addObject()
                    .put("claim", c.claim())
                    .put("independentOrigins", c.independentOrigins())
                    .put("before", c.before())
                    .put("status", c.status().label());
        }
        ArrayNode contradictions = o.putArray("newContradictions");
        for (StoryChanges.Contradiction c : changes.contradictions()) {
            contradictions.addObject().put("claim", c.claim()).put("contradicts", c.contradicts());
        }
        ArrayNode provenance = o.putArray("newProvenance");
        for (ProvenanceEdge e : changes.provenance()) {
            provenance
                    .addObject()
                    .put("article", e.article())
                    .put("source", e.source().wire())
                    .put("relation", e.relation().label())
                    .put("credited", e.credited());
        }
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the event of story " + story, e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
