package io.storyline.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.eval.GoldTsv;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical speakers of the seed story, measured against its gold; skipped without the shared folder. */
class SeedSpeakersTest {

    @Test
    void seedSpeakers() {
        assumeTrue(SeedStory.dir().isPresent(), "shared eval folder not found");
        Path dir = SeedStory.dir().orElseThrow();
        List<ArticleQuotes> articles = SeedStory.analyse(dir);
        StorySpeakers story = new SpeakerCanonicalizer().canonicalize(articles);
        story.speakers().forEach(s -> System.out.println("speaker " + s));
        story.mentioned().forEach(s -> System.out.println("mentioned " + s));
        SpeakerScore score = SpeakerScore.of(story, GoldTsv.rows(dir.resolve("gold/speakers.tsv")));
        score.notes().forEach(n -> System.out.println("  " + n));
        System.out.println("seed speakers: " + score);
        assertThat(score.gold()).isGreaterThanOrEqualTo(18);
        assertThat(score.merged()).isGreaterThanOrEqualTo(score.gold() - 1);
        assertThat(score.multiMerged()).isGreaterThanOrEqualTo(10);
        assertThat(score.collisions()).isZero();
        assertThat(score.sidesKnown()).isGreaterThanOrEqualTo(12);
    }
}
