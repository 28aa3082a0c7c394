package io.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void readsEntriesSkippingCommentsAndBlankLines() {
        assertThat(WordList.list(WordListTest.class, "test-words.txt")).containsExactly("alpha", "beta gamma", "alpha");
        assertThat(WordList.set(WordListTest.class, "test-words.txt")).containsExactlyInAnyOrder("alpha", "beta gamma");
    }

    @Test
    void namesAMissingOrEmptyList() {
        assertThat(assertThrows(IllegalStateException.class, () -> WordList.set(WordListTest.class, "nope.txt"))
                        .getMessage())
                .isEqualTo("word list io/storyline/text/nope.txt is not on the classpath");
        assertThat(assertThrows(IllegalStateException.class, () -> WordList.list(WordListTest.class, "empty-words.txt"))
                        .getMessage())
                .contains("has no entries");
    }
}
