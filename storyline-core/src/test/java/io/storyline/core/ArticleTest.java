package io.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void rejectsIdWithSlash() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> new Article("a/b", null, "text", null, null, null, null));
        assertThat(e.getMessage()).contains("a/b");
    }

    @Test
    void rejectsBlankText() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> new Article("a1", null, "  \n", null, null, null, null));
        assertThat(e.getMessage()).contains("a1").contains("empty");
    }

    @Test
    void spanRejectsEndBeforeStart() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 2));
        assertThat(e.getMessage()).contains("start=5 end=2");
    }
}
