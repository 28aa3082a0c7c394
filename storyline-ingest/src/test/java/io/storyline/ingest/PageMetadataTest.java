package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PageMetadataTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void readsTimeWithZoneAuthorAndLanguageFromJsonLd() {
        String html = "<html lang='pt-BR'><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\","
                + " \"headline\": \"Ponte reaberta\", \"datePublished\": \"2024-11-05T08:30:00-03:00\","
                + " \"author\": [{\"@type\": \"Person\", \"name\": \"Ana Souza\"}, {\"name\": \"Rui Lima\"}]}</script>"
                + "</head><body><p>A ponte sobre o rio foi reaberta nesta terça-feira depois de três meses de obras.</p>"
                + "</body></html>";
        ExtractedPage page = extractor.extract(html, null);
        assertThat(page.title()).isEqualTo("Ponte reaberta");
        assertThat(page.published()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 11, 5, 8, 30, 0, 0, ZoneOffset.ofHours(-3)));
        assertThat(page.author()).isEqualTo("Ana Souza, Rui Lima");
        assertThat(page.language()).isEqualTo("pt");
    }

    @Test
    void readsMetaAuthorWithoutByAndOffsetWithoutColon() {
        String html = "<html><head><meta name='author' content='By Jo Bloggs'>"
                + "<meta property='article:published_time' content='2024-11-05T08:30:00+0100'>"
                + "<meta http-equiv='Content-Language' content='en-GB'></head><body><p>x</p></body></html>";
        ExtractedPage page = extractor.extract(html, null);
        assertThat(page.author()).isEqualTo("Jo Bloggs");
        assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.of(2024, 11, 5, 8, 30, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void dateWithoutZoneGivesNoTime() {
        String html = "<html><head><meta property='article:published_time' content='2024-11-05T08:30:00'></head>"
                + "<body><p>x</p></body></html>";
        ExtractedPage page = extractor.extract(html, null);
        assertThat(page.published()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(page.publishedAt()).isNull();
        assertThat(page.author()).isNull();
        assertThat(page.language()).isNull();
    }

    @Test
    void ignoresAuthorProfileUrlsAndBadLanguageTags() {
        String html = "<html lang='not a language'><head>"
                + "<meta property='article:author' content='https://www.facebook.com/someone'></head>"
                + "<body><p>x</p></body></html>";
        ExtractedPage page = extractor.extract(html, null);
        assertThat(page.author()).isNull();
        assertThat(page.language()).isNull();
    }

    @Test
    void anAuthorThatIsTheSiteIsNoAuthor() {
        String html = "<html><head><meta name='author' content='The Earthtimes'></head><body><p>x</p></body></html>";
        assertThat(extractor
                        .extract(html, "http://www.earthtimes.org/articles/show/1.html")
                        .author())
                .isNull();
        assertThat(extractor.extract(html, "http://news.example/1.html").author())
                .isEqualTo("The Earthtimes");
    }

    @Test
    void findsDateInUrlForTheMetadataCheck() {
        assertThat(MetadataCheck.urlDate("http://www.hindu.com/2007/12/30/stories/1.htm"))
                .isEqualTo(LocalDate.of(2007, 12, 30));
        assertThat(MetadataCheck.urlDate("https://x.example/news/20080116-story"))
                .isEqualTo(LocalDate.of(2008, 1, 16));
        assertThat(MetadataCheck.urlDate("https://x.example/story/871586.html")).isNull();
    }
}
