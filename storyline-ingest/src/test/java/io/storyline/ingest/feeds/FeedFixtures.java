package io.storyline.ingest.feeds;

import java.util.List;

/** Feeds and pages invented for the tests. */
final class FeedFixtures {

    private FeedFixtures() {}

    record Item(String guid, String link, String title) {}

    static String rss(String title, List<Item> items) {
        StringBuilder sb = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>")
                .append(title)
                .append("</title><link>http://example.org/</link>")
                .append("<description>News</description>");
        for (Item i : items) {
            sb.append("<item><title>")
                    .append(i.title())
                    .append("</title><link>")
                    .append(i.link())
                    .append("</link><guid>")
                    .append(i.guid())
                    .append("</guid>")
                    .append("<pubDate>Tue, 01 Apr 2025 08:00:00 GMT</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    static String atom(String title, List<Item> items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
                .append(title)
                .append("</title><id>urn:feed:test</id><updated>2025-04-01T08:00:00Z</updated>");
        for (Item i : items) {
            sb.append("<entry><title>")
                    .append(i.title())
                    .append("</title><link href=\"")
                    .append(i.link())
                    .append("\"/><id>")
                    .append(i.guid())
                    .append("</id><updated>2025-03-31T07:00:00Z</updated></entry>");
        }
        return sb.append("</feed>").toString();
    }

    static String page(String title, String sentence) {
        return "<!doctype html><html><head><title>" + title + "</title>"
                + "<meta property=\"og:site_name\" content=\"The Valley Courier\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><p>" + sentence + "</p>"
                + "<p>Residents can read the full plan at the town hall until the end of the month, the clerk said, "
                + "and a public meeting will follow in the spring.</p></article></body></html>";
    }
}
