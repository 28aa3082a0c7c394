package io.storyline.quotegroups;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void rendersDeletionsAndInsertions() {
        WordDiff d = WordDiff.of("The ball is now in play.", "the ball is already in play");
        assertThat(d.render()).isEqualTo("the ball is [-now-] {+already+} in play");
        assertThat(d.deleted()).containsExactly("now");
        assertThat(d.inserted()).containsExactly("already");
        assertThat(d.same()).isFalse();
    }

    @Test
    void sameWordsAfterNormalisation() {
        assertThat(WordDiff.of("“We will win,”", "we will WIN").same()).isTrue();
        assertThat(WordDiff.of("", "").ops()).isEmpty();
        assertThat(WordDiff.of("", "new words").render()).isEqualTo("{+new words+}");
    }

    @Property(tries = 300)
    void junkNeverThrowsAndKeepsEveryWord(@ForAll String a, @ForAll String b) {
        WordDiff d = WordDiff.of(a, b);
        assertThat(d.render()).isNotNull();
    }
}
