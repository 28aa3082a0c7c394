package io.storyline.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Title, date, outlet and canonical URL read from a page's metadata. Stateless. */
final class PageMetadata {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·•»]\\s+[^|\\-–—:·•»]{2,40}$");
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]",
            "meta[name=article:published_time]",
            "meta[itemprop=datePublished]",
            "meta[property=og:published_time]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=publish-date]",
            "meta[name=date]",
            "meta[name~=(?i)^dc\\.date(\\.issued)?$]",
            "meta[name~=(?i)^dcterms\\.(created|date|issued)$]",
            "meta[name=parsely-pub-date]",
            "meta[name=sailthru.date]",
            "meta[property=article:modified_time]");

    private PageMetadata() {}

    static @Nullable String title(Document doc, JsonLd ld) {
        String t = meta(doc, "meta[property=og:title]");
        if (t == null) {
            t = meta(doc, "meta[name=twitter:title]");
        }
        if (t == null) {
            t = ld.headline();
        }
        if (t == null) {
            String raw = doc.title().strip();
            if (!raw.isEmpty()) {
                String stripped = TITLE_SUFFIX.matcher(raw).replaceFirst("");
                t = stripped.length() >= 10 ? stripped : raw;
            }
        }
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 == null || h1.text().isBlank() ? null : h1.text().strip();
        }
        return t;
    }

    static @Nullable LocalDate published(Document doc, JsonLd ld) {
        LocalDate d = null;
        for (String selector : DATE_META.subList(0, 3)) {
            d = date(meta(doc, selector));
            if (d != null) {
                return d;
            }
        }
        d = date(ld.datePublished());
        for (String selector : DATE_META.subList(3, DATE_META.size())) {
            if (d != null) {
                return d;
            }
            d = date(meta(doc, selector));
        }
        if (d == null) {
            for (Element time : doc.select("time[datetime]")) {
                d = date(time.attr("datetime"));
                if (d != null) {
                    break;
                }
            }
        }
        return d;
    }

    static @Nullable String outlet(Document doc, JsonLd ld) {
        String o = meta(doc, "meta[property=og:site_name]");
        if (o == null) {
            o = ld.publisherName();
        }
        if (o == null) {
            o = meta(doc, "meta[name=application-name]");
        }
        return o;
    }

    /** The page's own summary ({@code og:description} or {@code description}), or null. */
    static @Nullable String description(Document doc) {
        String d = meta(doc, "meta[property=og:description]");
        return d != null ? d : meta(doc, "meta[name=description]");
    }

    static @Nullable String url(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            String href = canonical.absUrl("href");
            if (href.isEmpty()) {
                href = canonical.attr("href").strip();
            }
            if (href.startsWith("http")) {
                return href;
            }
        }
        String og = meta(doc, "meta[property=og:url]");
        return og != null && og.startsWith("http") ? og : null;
    }

    /** Parses the leading date of an ISO date or date-time ({@code 2025-03-12}, {@code 2025-03-12T10:00Z}). */
    static @Nullable LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value.strip());
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static @Nullable String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String content = e.hasAttr("content") ? e.attr("content") : e.attr("value");
        content = content.strip();
        return content.isEmpty() ? null : content;
    }
}
