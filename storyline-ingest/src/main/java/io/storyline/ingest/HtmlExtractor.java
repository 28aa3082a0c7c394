package io.storyline.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the main article text and its metadata from an HTML page.
 *
 * <p>How: after dropping scripts, form controls and hidden elements, the page is cut into text blocks at
 * block-level elements. A learned block model ({@link BlockModel}: gradient-boosted trees over {@link
 * BlockFeatures} — text shape, link density, tag path, position, class and id words, distance to the title,
 * agreement with the JSON-LD {@code articleBody}, and the verdicts of the older hand-weighted container
 * choice, {@link HeuristicSelection} — then a logistic regression over the block's, its neighbours' and its
 * containers' probabilities) keeps or drops each block; the kept blocks form the body, one paragraph per
 * block, separated by {@code "\n\n"}. When no block reaches the model's threshold, the likeliest blocks are
 * kept; when they are too few words, the hand-weighted choice is used, then the JSON-LD {@code articleBody}.
 *
 * <p>Thread-safe: one instance can serve any number of threads. Cost is linear in the page size times its
 * depth (a few milliseconds for a typical news page).
 */
public final class HtmlExtractor {

    private static final Set<String> JUNK_TAGS = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "svg",
            "canvas",
            "object",
            "embed",
            "button",
            "input",
            "select",
            "textarea",
            "option",
            "link",
            "meta",
            "head",
            "figcaption",
            "video",
            "audio",
            "map",
            "dialog");

    /**
     * Pages longer than this (in UTF-16 units) are cut here before parsing, so that time and memory stay
     * bounded (a news page is rarely over 1 MB; the article comes early).
     */
    public static final int MAX_CHARS = 4_000_000;

    private static final Pattern FRAMESET = Pattern.compile("(?i)<frameset\\b");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?(</script>|$)");

    private final ObjectMapper jsonLdMapper = JsonLd.newMapper();
    private final BlockModel model;

    /** Creates an extractor with the bundled block model. */
    public HtmlExtractor() {
        this(BlockModel.bundled());
    }

    HtmlExtractor(BlockModel model) {
        this.model = model;
    }

    /**
     * Extracts the main text and metadata of {@code html}.
     *
     * @param html the page
     * @param baseUrl the page's address, used to resolve a relative canonical link; may be null
     * @return the extracted page; its text is empty when no article body was found (see {@link
     *     #emptyReason}). Pages over {@link #MAX_CHARS} are read up to that length.
     */
    public ExtractedPage extract(String html, @Nullable String baseUrl) {
        return analyse(html, baseUrl).extract(model);
    }

    /**
     * Says why a page gave no text, for a caller that reports it: a frameset (its text is in other pages),
     * a page that is mostly script (built by JavaScript), or no article text found.
     */
    public static String emptyReason(String html) {
        String head = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
        if (FRAMESET.matcher(head).find()) {
            return "the page is a frameset: its text is in the framed pages, fetch those instead";
        }
        int script = 0;
        Matcher m = SCRIPT.matcher(head);
        while (m.find()) {
            script += m.end() - m.start();
        }
        if (script > head.length() / 2) {
            return "no article text found in the HTML: " + (100L * script / Math.max(1, head.length()))
                    + "% of the page is script (it is built by JavaScript)";
        }
        return "no article text found in the HTML";
    }

    /** Cuts {@code html} into blocks and computes their features, without deciding. */
    PageAnalysis analyse(String page, @Nullable String baseUrl) {
        String html = page.length() > MAX_CHARS ? page.substring(0, MAX_CHARS) : page;
        Document doc = Jsoup.parse(MarkupRepair.repair(html), baseUrl == null ? "" : baseUrl);
        JsonLd ld = JsonLd.of(doc, jsonLdMapper);
        String title = PageMetadata.title(doc, ld);
        ExtractedPage meta = new ExtractedPage(
                title,
                "",
                PageMetadata.published(doc, ld),
                PageMetadata.outlet(doc, ld),
                PageMetadata.url(doc),
                PageMetadata.publishedAt(doc, ld),
                PageMetadata.notSite(PageMetadata.author(doc, ld), PageMetadata.outlet(doc, ld), baseUrl),
                PageMetadata.language(doc, ld));
        Element body = doc.body();
        removeJunk(body);
        String declaredBody = ld.articleBody();
        List<TextBlock> blocks = BlockSplitter.split(body);
        HeuristicSelection.Choice heuristic = HeuristicSelection.choose(body.clone(), title, declaredBody);
        String fallback = fallback(heuristic.kept(), declaredBody, blocks, PageMetadata.description(doc));
        return new PageAnalysis(
                meta, blocks, BlockFeatures.of(blocks, title, declaredBody, heuristic), groups(blocks), fallback);
    }

    /**
     * The text used when the model keeps no block, so that a page with text never comes out empty: the
     * heuristic's body, else the JSON-LD {@code articleBody}, else every block of eight words or more, else
     * the page's description.
     */
    private static String fallback(
            String heuristic, @Nullable String declaredBody, List<TextBlock> blocks, @Nullable String description) {
        if (!heuristic.isBlank()) {
            return heuristic;
        }
        if (declaredBody != null && !declaredBody.isBlank()) {
            return declaredBody.strip();
        }
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : blocks) {
            if (BlockText.words(b.text()) >= 8) {
                sb.append(sb.length() > 0 ? "\n\n" : "").append(b.text());
            }
        }
        return sb.length() > 0 || description == null ? sb.toString() : description;
    }

    /** Ids of each block's owner and its first ancestors (the top element repeated when the page is shallow). */
    private static List<int[]> groups(List<TextBlock> blocks) {
        IdentityHashMap<Element, Integer> ids = new IdentityHashMap<>();
        List<int[]> out = new ArrayList<>(blocks.size());
        for (TextBlock b : blocks) {
            int[] g = new int[ContextFeatures.LEVELS];
            Element e = b.owner();
            for (int level = 0; level < g.length; level++) {
                g[level] = ids.computeIfAbsent(e, x -> ids.size());
                Element parent = e.parent();
                e = parent == null ? e : parent;
            }
            out.add(g);
        }
        return out;
    }

    private static void removeJunk(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!e.equals(body) && (JUNK_TAGS.contains(e.normalName()) || BoilerplateHints.isHidden(e))) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }
}
