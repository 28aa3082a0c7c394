package io.storyline.ingest;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Judges a {@link TextBlock}: how much it counts for or against a container, and whether to keep it. */
final class BlockJudge {

    private BlockJudge() {}

    /** Positive for article-like prose, negative for link lists and short fragments, 0 when neutral. */
    static double value(TextBlock b) {
        int len = b.text().length();
        double ld = b.linkDensity();
        if (ld > 0.5) {
            return -len;
        }
        if (b.isHeading()) {
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
        if (b.linkDensity() > 0.5 && b.text().length() < 300) {
            return false;
        }
        if (title != null && b.owner().normalName().equals("h1")) {
            return false;
        }
        return true;
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
