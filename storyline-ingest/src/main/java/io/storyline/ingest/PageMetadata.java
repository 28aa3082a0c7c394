package io.storyline.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Title, date and time, author, language, outlet and canonical URL read from a page's metadata. Stateless. */
final class PageMetadata {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·•»]\\s+[^|\\-–—:·•»]{2,40}$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»>]{1,2}\\s+");
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

    /**
     * The headline: {@code og:title}, {@code twitter:title}, the JSON-LD {@code headline}, the document title
     * or the first {@code h1}; then, since these often carry the site's name and section, a heading of the
     * page found inside it, else its longest part between separators ({@code " | "}, {@code " - "}…) when that
     * part has four words or more.
     */
    static @Nullable String title(Document doc, JsonLd ld) {
        String t = meta(doc, "meta[property=og:title]");
        if (t == null) {
            t = meta(doc, "meta[name=twitter:title]");
        }
        if (t == null) {
            t = ld.headline();
        }
        if (t == null && !doc.title().isBlank()) {
            t = doc.title().strip();
        }
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 == null || h1.text().isBlank() ? null : h1.text().strip();
        }
        return t == null ? null : clean(t, doc);
    }

    private static String clean(String title, Document doc) {
        String squashed = BlockJudge.squash(title);
        String best = null;
        int seen = 0;
        for (Element h : doc.select("h1, h2, h3, [class~=(?i)title|headline]")) {
            if (++seen > 40) {
                break;
            }
            String text = h.text().strip();
            if (BlockText.words(text) >= 3
                    && text.length() < 300
                    && squashed.contains(BlockJudge.squash(text))
                    && (best == null || text.length() > best.length())) {
                best = text;
            }
        }
        if (best != null) {
            return best;
        }
        String longest = title;
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1) {
            longest = parts[0];
            for (String part : parts) {
                longest = part.length() > longest.length() ? part : longest;
            }
        }
        if (parts.length > 1 && BlockText.words(longest) >= 4) {
            return longest.strip();
        }
        String stripped = TITLE_SUFFIX.matcher(title).replaceFirst("");
        return stripped.length() >= 10 ? stripped : title;
    }

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern BY = Pattern.compile("(?iu)^\\s*(by|von|par|por|di)\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("(?i)^([a-z]{2,3})([-_][a-z0-9]+)*$");

    /**
     * The publication time with its UTC offset, from the same sources as {@link #published} in the same order,
     * when a source gives a time and a zone ({@code 2025-03-12T10:00:00+01:00}, {@code ...Z}, {@code +0100}).
     */
    static @Nullable OffsetDateTime publishedAt(Document doc, JsonLd ld) {
        List<String> candidates = new ArrayList<>();
        for (String selector : DATE_META.subList(0, 3)) {
            candidates.add(meta(doc, selector));
        }
        candidates.add(ld.datePublished());
        for (String selector : DATE_META.subList(3, DATE_META.size() - 1)) {
            candidates.add(meta(doc, selector));
        }
        for (Element time : doc.select("time[datetime]")) {
            candidates.add(time.attr("datetime"));
        }
        for (String c : candidates) {
            OffsetDateTime t = dateTime(c);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** Parses an ISO date-time with a zone; null without a zone or when it is not a valid time. */
    static @Nullable OffsetDateTime dateTime(@Nullable String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE_TIME.matcher(value.strip());
        if (!m.lookingAt()) {
            return null;
        }
        try {
            String zone = m.group(7);
            ZoneOffset offset = zone.equals("Z")
                    ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return OffsetDateTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    0,
                    offset);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * The author: a {@code meta} author (name, not a profile URL), the JSON-LD {@code author}, an element
     * marked {@code itemprop=author} or {@code rel=author}, in that order; a leading "By" is dropped.
     */
    static @Nullable String author(Document doc, JsonLd ld) {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta(doc, "meta[name=author]"));
        candidates.add(meta(doc, "meta[property=article:author]"));
        candidates.add(ld.authorName());
        candidates.add(meta(doc, "meta[name=byl]"));
        candidates.add(meta(doc, "meta[name~=(?i)^(dc\\.creator|sailthru\\.author|parsely-author)$]"));
        Element marked = doc.selectFirst("[itemprop=author], a[rel=author], .byline a[href*=author], .author-name");
        if (marked != null) {
            Element name = marked.selectFirst("[itemprop=name]");
            candidates.add((name != null ? name : marked).text());
        }
        for (String c : candidates) {
            if (c != null) {
                String a = BY.matcher(c.strip()).replaceFirst("").strip();
                if (!a.isEmpty() && a.length() <= 100 && !a.startsWith("http") && !a.contains("@")) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * The author unless it is the site itself: many pages put the publication's name in their author
     * field ({@code The Earthtimes} on earthtimes.org).
     */
    static @Nullable String notSite(@Nullable String author, @Nullable String outlet, @Nullable String url) {
        if (author == null) {
            return null;
        }
        String a = BlockJudge.squash(author);
        String host = url == null ? "" : BlockJudge.squash(Sites.of(url).replaceFirst("\\.[^.]+(\\.[a-z]{2})?$", ""));
        boolean site = (outlet != null && BlockJudge.squash(outlet).equals(a))
                || (host.length() >= 3 && (a.contains(host) || host.contains(a)));
        return site ? null : author;
    }

    /**
     * The page's language as a lower-case ISO 639 code: {@code <html lang>}, {@code content-language},
     * {@code og:locale}, then the JSON-LD {@code inLanguage}; null when none is a language tag.
     */
    static @Nullable String language(Document doc, JsonLd ld) {
        Element html = doc.selectFirst("html");
        List<String> candidates = new ArrayList<>();
        candidates.add(html == null ? null : html.attr("lang"));
        candidates.add(html == null ? null : html.attr("xml:lang"));
        Element httpEquiv = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
        candidates.add(httpEquiv == null ? null : httpEquiv.attr("content"));
        candidates.add(meta(doc, "meta[property=og:locale]"));
        candidates.add(ld.inLanguage());
        for (String c : candidates) {
            if (c != null) {
                Matcher m = LANGUAGE.matcher(c.strip());
                if (m.matches()) {
                    return m.group(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
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
