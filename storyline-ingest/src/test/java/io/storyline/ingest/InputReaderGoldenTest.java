package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class InputReaderGoldenTest {

    private static Path golden() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(InputReaderGoldenTest.class.getResource("golden/dir"))
                .toURI());
    }

    private static Article article(List<ReadResult> results, String id) {
        return results.stream()
                .filter(r -> r instanceof ReadResult.Read)
                .map(r -> ((ReadResult.Read) r).article())
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no article " + id + " in " + results));
    }

    @Test
    void walksDirectoryInSortedOrderSkippingHiddenEntries() throws Exception {
        Path dir = golden();
        List<ReadResult> results = new InputReader().readAll(List.of(dir));
        assertThat(results)
                .extracting(ReadResult::input)
                .containsExactly(
                        dir.resolve("bridge-vote.html").toString(),
                        dir.resolve("harbour-opens.txt").toString(),
                        dir.resolve("readme.md").toString(),
                        dir.resolve("sub/feed.jsonl") + ":line 1",
                        dir.resolve("sub/feed.jsonl") + ":line 3",
                        dir.resolve("sub/feed.jsonl") + ":line 4",
                        dir.resolve("sub/orchard.json").toString());
        assertThat(results.get(2))
                .isEqualTo(new ReadResult.Skipped(
                        dir.resolve("readme.md").toString(),
                        "unsupported file type \".md\"; expected .txt, .html, .htm, .json, .jsonl, .warc or .warc.gz"));
    }

    @Test
    void readsTextFileVerbatim() throws Exception {
        Article a = article(new InputReader().readAll(List.of(golden())), "harbour-opens");
        assertThat(a)
                .isEqualTo(new Article(
                        "harbour-opens",
                        null,
                        "Harbour footbridge opens after two years of work\n\n"
                                + "The new footbridge across Kellmouth harbour opened to walkers on Saturday morning,"
                                + " the town council said.\n\n"
                                + "\"It links the old town with the ferry quay in four minutes,\" said council"
                                + " engineer Mara Lindqvist.\n",
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void readsHtmlMainTextAndMetadata() throws Exception {
        Article a = article(new InputReader().readAll(List.of(golden())), "bridge-vote");
        assertThat(a.title()).isEqualTo("Council backs second river crossing");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 2, 18));
        assertThat(a.outlet()).isEqualTo("Kellmouth Gazette");
        assertThat(a.url()).isEqualTo("https://gazette.example/news/second-crossing");
        assertThat(a.text())
                .isEqualTo("Kellmouth council voted 31 to 9 on Tuesday to build a second crossing over the river"
                        + " Kell, ending a debate that has run for more than a decade.\n\n"
                        + "The bridge, which will carry buses, bicycles and walkers but not private cars, is expected"
                        + " to cost 48 million pounds, two thirds of it from a regional transport grant.\n\n"
                        + "Objections from the harbour\n\n"
                        + "Harbour traders argued that the crossing would block tall masts from reaching the inner"
                        + " quay. The council said an opening span would let boats pass at high tide.\n\n"
                        + "Construction starts in spring 2026.\n\n"
                        + "The crossing should open in late 2028.\n\n"
                        + "\"This is the most important decision this council has taken in a generation,\" said"
                        + " council leader Tomas Reyes.\n\n"
                        + "Work on the approach roads will be put out to tender in the summer.");
        // The closing sentence after the newsletter box is kept (the logistic block model dropped it).
        assertThat(a.text())
                .doesNotContain("Get the Gazette's morning briefing")
                .doesNotContain("Related");
    }

    @Test
    void readsJsonArticleIgnoringUnknownFields() throws Exception {
        Article a = article(new InputReader().readAll(List.of(golden())), "orchard-1");
        assertThat(a)
                .isEqualTo(new Article(
                        "orchard-1",
                        "Cider orchard replants heritage apples",
                        "Volunteers planted 140 heritage apple trees at the Brenton orchard on Sunday.\n\n"
                                + "The oldest variety, the Brenton Russet, was last grown here in 1911.",
                        LocalDate.of(2025, 3, 12),
                        "Valley Courier",
                        "https://example.org/orchard",
                        "en"));
    }

    @Test
    void readsJsonLinesWithHashIdsAndHtmlRecords() throws Exception {
        List<ReadResult> results = new InputReader().readAll(List.of(golden().resolve("sub/feed.jsonl")));
        assertThat(results).allMatch(r -> r instanceof ReadResult.Read);
        assertThat(article(results, "tram-1"))
                .isEqualTo(new Article(
                        "tram-1",
                        "Tram line reaches the university",
                        "The number 4 tram now stops outside the university library.",
                        LocalDate.of(2025, 4, 2),
                        "City Post",
                        null,
                        "en"));
        String libraryText = "The central library will stay open until 22:00 on weekdays from May.";
        Article library = article(results, ArticleJson.contentId(libraryText));
        assertThat(library.id()).matches("a[0-9a-f]{16}");
        assertThat(library.text()).isEqualTo(libraryText);
        Article fares = article(results, "tram-2");
        assertThat(fares.title()).isEqualTo("Tram fares frozen");
        assertThat(fares.published()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(fares.text())
                .isEqualTo("Tram fares will stay at 2.10 euros for another year, the transport board decided on"
                        + " Thursday.\n\nThe board said higher ticket sales since January covered the rising cost"
                        + " of electricity.");
    }

    @Test
    void emptyInputListGivesNothing() {
        assertThat(new InputReader().readAll(List.of())).isEmpty();
    }
}
