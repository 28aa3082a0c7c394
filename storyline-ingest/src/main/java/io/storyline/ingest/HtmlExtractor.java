package io.storyline.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the main article text and its metadata from an HTML page.
 *
 * <p>How: after dropping scripts, forms controls and hidden elements, the page is cut into text blocks
 * at block-level elements. Each block is judged on its length, link density and punctuation; page
 * furniture (navigation, share bars, comments, related links, newsletters…) recognised by tag, role,
 * class or id is pruned unless it holds most of the page's good text. The container chosen is the
 * element with the best balance of good text over junk text inside it; its blocks, minus link lists
 * and captions, form the body, one paragraph per block, separated by {@code "\n\n"}. A JSON-LD {@code
 * articleBody}, when the page has one, is used to check the choice: when another element matches it
 * much better, that element is taken instead.
 *
 * <p>Thread-safe and stateless: one instance can serve any number of threads. Cost is linear in the
 * page size (a few milliseconds for a typical news page).
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

    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");

    private static final double NARROW_SHARE = 0.5;

    private final ObjectMapper jsonLdMapper = JsonLd.newMapper();

    /** Creates an extractor. */
    public HtmlExtractor() {}

    /**
     * Extracts the main text and metadata of {@code html}.
     *
     * @param html the page
     * @param baseUrl the page's address, used to resolve a relative canonical link; may be null
     * @return the extracted page; its text is empty when no article body was found
     */
    public ExtractedPage extract(String html, @Nullable String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        JsonLd ld = JsonLd.of(doc, jsonLdMapper);
        String title = PageMetadata.title(doc, ld);
        ExtractedPage meta = new ExtractedPage(
                title, "", PageMetadata.published(doc, ld), PageMetadata.outlet(doc, ld), PageMetadata.url(doc));
        Element body = doc.body();
        removeJunk(body);
        pruneFurniture(body, body, 0.3);
        List<TextBlock> blocks = BlockSplitter.split(body);
        Element container = narrow(chooseContainer(body, blocks), blocks);
        String declaredBody = ld.articleBody();
        if (declaredBody != null) {
            container = BodyMatcher.verify(blocks, declaredBody, container, 0.1);
        }
        pruneFurniture(body, container, 0.5);
        String text = render(container, BlockSplitter.split(container), title);
        return new ExtractedPage(meta.title(), text, meta.published(), meta.outlet(), meta.url());
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

    /** Removes furniture elements under {@code root} unless they hold more than {@code share} of its good text. */
    private static void pruneFurniture(Element body, Element root, double share) {
        List<TextBlock> blocks = BlockSplitter.split(body);
        Map<Element, Double> good = goodText(blocks);
        double total = good.getOrDefault(root, 0.0);
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e.equals(root)
                    || e.normalName().equals("article")
                    || e.normalName().equals("main")) {
                continue;
            }
            boolean furniture = FURNITURE_TAGS.contains(e.normalName()) || BoilerplateHints.isFurniture(e);
            if (furniture && good.getOrDefault(e, 0.0) <= share * total) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /** Sum of good-block text length under each element. */
    private static Map<Element, Double> goodText(List<TextBlock> blocks) {
        Map<Element, Double> out = new HashMap<>();
        IdentityHashMap<TextBlock, Double> values = BlockJudge.values(blocks);
        for (TextBlock b : blocks) {
            double v = values.getOrDefault(b, 0.0);
            if (v <= 0) {
                continue;
            }
            for (Element e = b.owner(); e != null; e = e.parent()) {
                out.merge(e, v, Double::sum);
            }
        }
        return out;
    }

    private static Element chooseContainer(Element body, List<TextBlock> blocks) {
        Map<Element, Double> net = new HashMap<>();
        IdentityHashMap<TextBlock, Double> values = BlockJudge.values(blocks);
        for (TextBlock b : blocks) {
            double v = values.getOrDefault(b, 0.0);
            for (Element e = b.owner(); e != null; e = e.parent()) {
                net.merge(e, v, Double::sum);
            }
        }
        Element best = body;
        double bestScore = net.getOrDefault(body, 0.0);
        Map<Element, Integer> depth = new HashMap<>();
        for (Map.Entry<Element, Double> entry : net.entrySet()) {
            double s = entry.getValue();
            Element e = entry.getKey();
            if (s > bestScore || (s == bestScore && depthOf(e, depth) > depthOf(best, depth))) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * Narrows a container that holds an element marked as the article (an {@code <article>}, {@code
     * itemprop=articleBody} or an article-body class) carrying most of its good text: the rest is then
     * usually a listing of other stories.
     */
    private static Element narrow(Element container, List<TextBlock> blocks) {
        Map<Element, Double> good = goodText(blocks);
        double total = good.getOrDefault(container, 0.0);
        Element best = container;
        double bestGood = 0;
        for (Element e : container.getAllElements()) {
            if (!e.equals(container) && BoilerplateHints.isArticleMarked(e) && !isListing(e, good)) {
                double g = good.getOrDefault(e, 0.0);
                if (g > bestGood) {
                    best = e;
                    bestGood = g;
                }
            }
        }
        return bestGood >= NARROW_SHARE * total ? best : container;
    }

    /** Whether {@code e} holds two or more {@code <article>}s with good text: a list of stories. */
    private static boolean isListing(Element e, Map<Element, Double> good) {
        int articles = 0;
        for (Element child : e.getElementsByTag("article")) {
            if (!child.equals(e) && good.getOrDefault(child, 0.0) > 0) {
                articles++;
            }
        }
        return articles >= 2;
    }

    private static int depthOf(Element e, Map<Element, Integer> cache) {
        return cache.computeIfAbsent(e, x -> x.parents().size());
    }

    private static String render(Element container, List<TextBlock> blocks, @Nullable String title) {
        IdentityHashMap<TextBlock, Double> values = BlockJudge.values(blocks);
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (isInside(b.owner(), container) && BlockJudge.keep(b, title)) {
                kept.add(b);
            }
        }
        // Bylines, datelines, share bars and kickers before the prose are furniture. (Trimming the tail
        // the same way was measured: it cuts sign-offs and credits that belong to the body.)
        int first = 0;
        while (first < kept.size() && values.getOrDefault(kept.get(first), 0.0) < 0) {
            first++;
        }
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : kept.subList(first, kept.size())) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
    }

    private static boolean isInside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.equals(container)) {
                return true;
            }
        }
        return false;
    }
}
