package io.storyline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The hand-weighted container choice that {@link HtmlExtractor} used before its block model: prune page
 * furniture, pick the element with the best balance of good over junk text ({@link BlockJudge}), narrow it
 * to an element marked as the article, check it against the JSON-LD {@code articleBody}, and keep its
 * prose blocks. Its verdicts are now features of the learned block model ({@link BlockFeatures}), and its
 * text is the fallback when the model keeps nothing.
 *
 * <p>Works on a copy of the page body, which it changes (furniture is removed). Stateless.
 */
final class HeuristicSelection {

    /**
     * What the heuristic chose.
     *
     * @param kept the body it would output, paragraphs separated by {@code "\n\n"}
     * @param container all text of the chosen container, blocks separated by {@code "\n\n"}
     */
    record Choice(String kept, String container) {}

    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");

    private static final double NARROW_SHARE = 0.5;

    private HeuristicSelection() {}

    /** Runs the heuristic on {@code body} (a detached copy; it is changed). */
    static Choice choose(Element body, @Nullable String title, @Nullable String declaredBody) {
        pruneFurniture(body, body, 0.3);
        List<TextBlock> blocks = BlockSplitter.split(body);
        Element container = narrow(chooseContainer(body, blocks), blocks);
        if (declaredBody != null) {
            container = BodyMatcher.verify(blocks, declaredBody, container, 0.1);
        }
        pruneFurniture(body, container, 0.5);
        List<TextBlock> inside = BlockSplitter.split(container);
        return new Choice(render(container, inside, title), join(inside));
    }

    static boolean isFurnitureTag(Element e) {
        return FURNITURE_TAGS.contains(e.normalName());
    }

    private static String join(List<TextBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
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
