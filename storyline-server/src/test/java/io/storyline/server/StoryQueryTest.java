package io.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StoryQueryTest {

    @Test
    void readsEveryParameter() {
        StoryQuery q = StoryQuery.parse(Map.of(
                "q", List.of(" ferry strike "),
                "from", List.of("2031-03-01"),
                "to", List.of("2031-03-31"),
                "speaker", List.of("Prell"),
                "outlet", List.of("wire"),
                "page", List.of("2"),
                "size", List.of("100")));
        assertThat(q)
                .isEqualTo(new StoryQuery(
                        "ferry strike", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31), "Prell", "wire", 2, 100));
        assertThat(q.page(List.of(1, 2, 3))).isEmpty();
    }

    @Test
    void noParametersIsTheFirstPage() {
        StoryQuery q = StoryQuery.parse(Map.of());
        assertThat(q).isEqualTo(new StoryQuery(null, null, null, null, null, 1, 20));
        assertThat(q.page(List.of())).isEmpty();
        assertThat(StoryQuery.parse(Map.of("q", List.of(""), "from", List.of(" ")))
                        .q())
                .isNull();
    }

    @Test
    void rejectsBadValuesNamingTheParameter() {
        ApiException e = assertThrows(ApiException.class, () -> StoryQuery.parse(Map.of("page", List.of("-1"))));
        assertThat(e.reason()).isEqualTo("page must be 1 or more, got -1");
        assertThat(e.field()).isEqualTo("page");
        assertThat(assertThrows(ApiException.class, () -> StoryQuery.parse(Map.of("size", List.of("1000"))))
                        .reason())
                .isEqualTo("size must be between 1 and 100, got 1000");
        assertThat(assertThrows(ApiException.class, () -> StoryQuery.parse(Map.of("from", List.of("12/03/25"))))
                        .reason())
                .isEqualTo("from must be a date like 2025-03-12, got \"12/03/25\"");
        assertThat(assertThrows(ApiException.class, () -> StoryQuery.parse(Map.of("page", List.of("1", "2"))))
                        .reason())
                .isEqualTo("page is given 2 times; give it once");
        assertThat(assertThrows(ApiException.class, () -> StoryQuery.parse(Map.of("q", List.of("x".repeat(201)))))
                        .status())
                .isEqualTo(400);
    }

    @Property
    void junkParametersGiveAQueryOrA400(@ForAll String name, @ForAll String value) {
        try {
            StoryQuery q = StoryQuery.parse(Map.of(name, List.of(value)));
            assertThat(q.page()).isPositive();
            assertThat(q.size()).isBetween(1, StoryQuery.MAX_SIZE);
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.reason()).isNotBlank();
        }
    }
}
