package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SitesTest {

    @Test
    void groupsHostsByRegistrableDomain() {
        assertThat(Sites.of("http://news.bbc.co.uk/1/hi/uk/1.stm")).isEqualTo("bbc.co.uk");
        assertThat(Sites.of("https://uk.reuters.com/article/x")).isEqualTo("reuters.com");
        assertThat(Sites.of("http://www.news.com.au/story/0,1.html")).isEqualTo("news.com.au");
        assertThat(Sites.of("https://example.org")).isEqualTo("example.org");
        assertThat(Sites.of("not a url")).isEqualTo("not a url");
    }

    @Test
    void foldIsStableAcrossCalls() {
        assertThat(Sites.fold("bbc.co.uk", 5)).isEqualTo(Sites.fold("bbc.co.uk", 5));
    }

    @Property(tries = 200)
    void foldIsInRange(@ForAll String site) {
        assertThat(Sites.fold(site, 5)).isBetween(0, 4);
    }
}
