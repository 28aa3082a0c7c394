package io.storyline.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the markup errors that make an HTML parser swallow a whole page as raw text: a {@code <title>}
 * whose closing tag is missing (the parser then reads the rest of the page, tags and all, as the title) and
 * raw-text elements ({@code iframe}, {@code textarea}, {@code noembed}, {@code noframes}, {@code xmp}) never
 * closed before the end of the page. The closing tag is put where the text ends: before the next tag for a
 * title, right after the opening tag for the others. Stateless; one pass over the page per element kind.
 */
final class MarkupRepair {

    private static final Pattern TITLE = Pattern.compile("(?i)<title\\b[^>]*>");
    /** A real end tag: {@code </title} then a space, {@code /} or {@code >} ({@code </titlevalue=…>} is not one). */
    private static final Pattern TITLE_END = Pattern.compile("(?i)</title[\\s/>]");

    private static final Pattern RAW = Pattern.compile("(?i)<(iframe|textarea|noembed|noframes|xmp)\\b[^>]*>");

    /** A title longer than this with a tag inside lost its closing tag. */
    private static final int TITLE_MAX = 1000;

    private MarkupRepair() {}

    static String repair(String html) {
        String fixed = repairTitle(html);
        String lower = asciiLower(fixed);
        Matcher m = RAW.matcher(fixed);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String close = "</" + m.group(1).toLowerCase(Locale.ROOT);
            if (lower.indexOf(close, m.end()) < 0) {
                if (out == null) {
                    out = new StringBuilder(fixed.length() + 64);
                }
                out.append(fixed, copied, m.end()).append(close).append('>');
                copied = m.end();
            }
        }
        if (out == null) {
            return fixed;
        }
        return out.append(fixed, copied, fixed.length()).toString();
    }

    private static String repairTitle(String html) {
        Matcher m = TITLE.matcher(html);
        if (!m.find()) {
            return html;
        }
        Matcher end = TITLE_END.matcher(html);
        int close = end.find(m.end()) ? end.start() : -1;
        int nextTag = html.indexOf('<', m.end());
        boolean swallowing = close < 0 ? nextTag >= 0 : close - m.end() > TITLE_MAX && nextTag >= 0 && nextTag < close;
        if (!swallowing) {
            return html;
        }
        return html.substring(0, nextTag) + "</title>" + html.substring(nextTag);
    }

    /** Lower-cases ASCII letters only, so that indices stay those of the original. */
    private static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }
}
