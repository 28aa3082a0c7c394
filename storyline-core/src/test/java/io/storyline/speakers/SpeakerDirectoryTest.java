package io.storyline.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerDirectoryTest {

    private final SpeakerDirectory directory = new SpeakerDirectory();

    private static Speaker person(String id, String name, String side) {
        return new Speaker(id, name, null, side, List.of(), EntityKind.PERSON, List.of(name), 1);
    }

    @Test
    void samePersonAcrossStoriesGetsOneGlobalId() {
        SpeakerDirectory.Merge first = directory.merge(
                List.of(), List.of(person("p1", "Olek Marchenko", "Ukraine"), person("p2", "Anna Kovacs", "Hungary")));
        SpeakerDirectory.Merge second = directory.merge(
                first.global(),
                List.of(person("p1", "Olek Marchenkko", "Ukraine"), person("p2", "Peter Kovacs", "Hungary")));
        assertThat(second.ids().get("p1")).isEqualTo(first.ids().get("p1"));
        assertThat(second.ids().get("p2")).isNotEqualTo(first.ids().get("p2"));
        assertThat(second.global()).hasSize(3);
        assertThat(second.global().get(0).variants()).containsExactly("Olek Marchenko", "Olek Marchenkko");
        assertThat(second.global().get(0).quotes()).isEqualTo(2);
    }

    @Test
    void differentSidesStayApartAndAmbiguousSurnamesAreNew() {
        SpeakerDirectory.Merge first = directory.merge(
                List.of(), List.of(person("p1", "Anna Kovacs", "Hungary"), person("p2", "Peter Kovacs", "Hungary")));
        SpeakerDirectory.Merge second = directory.merge(
                first.global(), List.of(person("p1", "Kovacs", "Hungary"), person("p2", "Anna Kovacs", "Chile")));
        assertThat(second.global()).hasSize(4);
    }

    @Test
    void emptyMergeIsEmpty() {
        SpeakerDirectory.Merge m = directory.merge(List.of(), List.of());
        assertThat(m.global()).isEmpty();
        assertThat(m.ids()).isEmpty();
    }
}
