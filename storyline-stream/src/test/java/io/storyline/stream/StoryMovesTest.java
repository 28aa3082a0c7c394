package io.storyline.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryMovesTest {

    @Test
    void netMovesSkipMovesBackAndArticlesOfTheBatchItself() {
        StoryMoves moves = new StoryMoves();
        // b leaves s1 for s3, then c leaves s2 for s1 and comes back: only b moved in the end
        moves.moved("b", "s1", "s3");
        moves.moved("c", "s2", "s1");
        moves.moved("c", "s1", "s2");
        // d was stored by this batch (in s4), then moved: it was in no story before the batch
        moves.moved("d", "s4", "s3");
        // e moves twice: from where it was before the batch to where it is after it
        moves.moved("e", "s5", "s6");
        moves.moved("e", "s6", "s7");

        assertThat(moves.net(Set.of("d")))
                .containsExactly(new StoryMoves.Move("b", "s1", "s3"), new StoryMoves.Move("e", "s5", "s7"));
    }

    @Test
    void theEventNamesWhatMovedInAndOutAndAVersionApartFromTheSize() throws Exception {
        StoryUpdate update = new StoryUpdate(
                "s3",
                212,
                4,
                List.of("a1"),
                List.of("articles-0@17"),
                false,
                List.of(),
                List.of(new StoryMoves.Move("b", "s1", "s3")),
                List.of(new StoryMoves.Move("c", "s3", "s8")),
                new StoryChanges(List.of(), List.of(), List.of()));
        ObjectMapper json = new ObjectMapper();
        JsonNode o = json.readTree(update.toJson(json));
        assertThat(o.get("version").asLong()).isEqualTo(212);
        assertThat(o.get("size").asInt()).isEqualTo(4);
        assertThat(o.get("movedIn").get(0).get("article").asText()).isEqualTo("b");
        assertThat(o.get("movedIn").get(0).get("from").asText()).isEqualTo("s1");
        assertThat(o.get("movedOut").get(0).get("to").asText()).isEqualTo("s8");
        assertThat(o.get("movedOut").get(0).has("from")).isFalse();
    }
}
