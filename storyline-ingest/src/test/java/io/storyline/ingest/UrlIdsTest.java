package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class UrlIdsTest {

    @Test
    void keepsHostAndPathReadableAndAddsAHash() {
        assertThat(UrlIds.of("https://News.Example.org/world/2025/03/12/talks-resume.html?utm=x"))
                .matches("news\\.example\\.org_world_2025_03_12_talks-resume\\.html_utm_x_[0-9a-f]{12}");
    }

    @Test
    void differentUrlsGetDifferentIdsAndTheSameUrlTheSameId() {
        assertThat(UrlIds.of("https://a.example/x?p=1")).isNotEqualTo(UrlIds.of("https://a.example/x?p=2"));
        assertThat(UrlIds.of("https://a.example/x?p=1")).isEqualTo(UrlIds.of("https://a.example/x?p=1"));
    }

    @Test
    void emptyUrlStillGivesAValidId() {
        assertThat(Article.isValidId(UrlIds.of(""))).isTrue();
        assertThat(Article.isValidId(UrlIds.of("https://"))).isTrue();
    }

    @Property(tries = 300)
    void anyStringGivesAValidId(@ForAll String url) {
        assertThat(Article.isValidId(UrlIds.of(url))).isTrue();
    }
}
