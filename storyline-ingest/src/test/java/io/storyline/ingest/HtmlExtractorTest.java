package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void emptyPageGivesEmptyText() {
        ExtractedPage page = extractor.extract("", null);
        assertThat(page).isEqualTo(new ExtractedPage(null, "", null, null, null));
    }

    @Test
    void keepsArticleAndDropsTeaserList() {
        String teaser = "<div class='item'><h3><a href='/x'>Another story that you may also like to read today</a></h3>"
                + "<p>A short summary of another story that happened somewhere else in town last week...</p></div>";
        String html = "<html><head><title>Weir repaired - Riverside News</title></head><body><div id='wrap'>"
                + "<header><a href='/'>Riverside News</a> <a href='/local'>Local</a></header><h1>Weir repaired</h1>"
                + "<div class='text'><p>The old weir on the Tamber was repaired this week after floods damaged its"
                + " stone lip in January.</p><p>Engineers used lime mortar, as the original builders did in 1820,"
                + " so that the stones can move a little with the water.</p></div>"
                + teaser + teaser.replace("/x", "/y") + teaser.replace("/x", "/z") + "</div></body></html>";
        ExtractedPage page = extractor.extract(html, "https://news.example/weir");
        assertThat(page.title()).isEqualTo("Weir repaired");
        assertThat(page.text())
                .isEqualTo("The old weir on the Tamber was repaired this week after floods damaged its stone lip in"
                        + " January.\n\nEngineers used lime mortar, as the original builders did in 1820, so that the"
                        + " stones can move a little with the water.");
    }

    @Test
    void readsDateFromTimeElementAndRelativeCanonicalLink() {
        String html = "<html><head><link rel='canonical' href='/news/weir'></head><body><article>"
                + "<time datetime='2024-11-05T08:00:00Z'>5 Nov</time>"
                + "<p>The weir on the Tamber was repaired this week after floods damaged its lip.</p>"
                + "</article></body></html>";
        ExtractedPage page = extractor.extract(html, "https://news.example/a?b=c");
        assertThat(page.published()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(page.url()).isEqualTo("https://news.example/news/weir");
    }

    @Test
    void toleratesBrokenJsonLd() {
        String html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", </script>"
                + "</head><body><p>The weir on the Tamber was repaired this week after the floods.</p></body></html>";
        assertThat(extractor.extract(html, null).text())
                .isEqualTo("The weir on the Tamber was repaired this week after the floods.");
    }

    @Property(tries = 200)
    void junkNeverThrows(@ForAll String junk) {
        ExtractedPage page = extractor.extract("<html><body><div><p>" + junk + "</div>" + junk, junk);
        assertThat(page.text()).isNotNull();
    }
}
