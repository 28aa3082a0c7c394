package io.storyline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTest {

    @Test
    void mergedTagCountsByItsFirstPart() {
        assertThat(new Token(0, 8, "Marlow's", "PROPN+PART", "marlow's").contentWord())
                .isTrue();
        assertThat(new Token(0, 5, "their", "PRON+PART", "their").contentWord()).isFalse();
        assertThat(new Token(0, 4, "dock", "NOUN", "dock").contentWord()).isTrue();
        assertThat(new Token(0, 3, "the", "DET", "the").contentWord()).isFalse();
    }

    @Test
    void oddTagsAreNotContent() {
        assertThat(new Token(0, 1, "+", "+", "+").contentWord()).isFalse();
        assertThat(new Token(0, 0, "", "", "").contentWord()).isFalse();
    }
}
