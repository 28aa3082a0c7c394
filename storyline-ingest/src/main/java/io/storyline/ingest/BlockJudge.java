package io.storyline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Judges a {@link TextBlock}: how much it counts for or against a container, and whether to keep it. */
final class BlockJudge {

    /** Labels that stand alone between paragraphs: ad markers and reading prompts. */
    private static final Pattern AD_LABEL = Pattern.compile(
            "(?iu)\\W*(advertisement|advertising|advert|ads?|sponsored( content)?|anzeige|werbung|publicidade|publicidad"
                    + "|pubblicit[àa]|реклама|continue reading( below| the main story)?|story continues below"
                    + "( advertisement)?|article continues below( advertisement)?|scroll to continue( with content)?"
                    + "|read more|see also|related( articles| stories)?)\\W*");

    private BlockJudge() {}

    /** The value of every block, with teasers (a lone excerpt beside a headline link) counted against. */
    static IdentityHashMap<TextBlock, Double> values(List<TextBlock> blocks) {
        IdentityHashMap<TextBlock, Double> out = new IdentityHashMap<>();
        Map<Element, List<TextBlock>> byElement = new HashMap<>();
        for (TextBlock b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                byElement.computeIfAbsent(e, x -> new ArrayList<>()).add(b);
            }
        }
        for (TextBlock b : blocks) {
            double v = value(b);
            if (v > 0 && b.text().length() < 400 && isTeaser(b, byElement)) {
                v = -0.5 * b.text().length();
            }
            out.put(b, v);
        }
        return out;
    }

    private static boolean isTeaser(TextBlock b, Map<Element, List<TextBlock>> byElement) {
        for (Element e = b.owner(); e != null; e = e.parent()) {
            List<TextBlock> inside = byElement.get(e);
            if (inside == null || inside.size() < 2) {
                continue;
            }
            if (inside.size() > 4) {
                return false;
            }
            int good = 0;
            boolean headlineLink = false;
            for (TextBlock x : inside) {
                good += value(x) > 0 ? 1 : 0;
                headlineLink |= x.linkDensity() > 0.5 && x.text().split("\\s+").length >= 5;
            }
            return good == 1 && headlineLink;
        }
        return false;
    }

    /** Positive for article-like prose, negative for link lists and short fragments, 0 when neutral. */
    static double value(TextBlock b) {
        int len = b.text().length();
        double ld = b.linkDensity();
        if (ld > 0.5) {
            return -len;
        }
        if (b.isHeading() || isTableCell(b)) {
            // Headings and data-table cells are neither evidence for nor against a container.
            return 0;
        }
        boolean sentence = endsLikeSentence(b.text());
        if (len >= 80 && ld < 0.33) {
            return len * (1 - ld);
        }
        if (len >= 30 && sentence && ld < 0.2) {
            return len * (1 - ld);
        }
        if (len < 30 && !sentence) {
            return -0.5 * len;
        }
        return 0;
    }

    /** Whether a block inside the chosen container belongs to the body. */
    static boolean keep(TextBlock b, @Nullable String title) {
        if (b.text().length() < 60 && AD_LABEL.matcher(b.text()).matches()) {
            return false;
        }
        if (b.linkDensity() > 0.5 && b.text().length() < 300) {
            return false;
        }
        if (title != null && (b.owner().normalName().equals("h1") || sameText(b.text(), title))) {
            return false;
        }
        return true;
    }

    /** Whether two strings have the same letters and digits, ignoring case. */
    private static boolean sameText(String a, String b) {
        return a.length() < 300 && squash(a).equals(squash(b));
    }

    /** {@code s} with only its letters and digits, lower-cased: for comparing titles and names. */
    static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean isTableCell(TextBlock b) {
        String name = b.owner().normalName();
        return (name.equals("td") || name.equals("th")) && b.text().length() < 80;
    }

    static boolean endsLikeSentence(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?…\"”’:;)»。！？".indexOf(c) >= 0;
    }
}
