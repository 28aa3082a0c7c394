package io.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts the text of a DOM subtree into {@link TextBlock}s at block-level element boundaries. */
final class BlockSplitter {

    static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "nav",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "caption",
            "figure",
            "figcaption",
            "form",
            "fieldset",
            "address",
            "hr",
            "center",
            "details",
            "summary",
            "body",
            "html",
            "dialog",
            "menu",
            "legend",
            "picture",
            "video",
            "audio");

    private BlockSplitter() {}

    static List<TextBlock> split(Element root) {
        Collector collector = new Collector(root);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private static final class Collector implements NodeVisitor {
        private final List<TextBlock> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Element> owners = new ArrayList<>();
        private int linkChars;
        private int linkDepth;
        private int preDepth;

        Collector(Element root) {
            owners.add(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(t.getWholeText());
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("br")) {
                    if (endsWithBreak()) {
                        // Two line breaks in a row end a paragraph: old-style pages have no other mark.
                        flush();
                    } else {
                        text.append('\n');
                    }
                } else if (name.equals("a")) {
                    linkDepth++;
                } else if (name.equals("pre")) {
                    preDepth++;
                }
                if (isBlock(e) && depth > 0) {
                    flush();
                    owners.add(e);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("a")) {
                    linkDepth--;
                } else if (name.equals("pre")) {
                    preDepth--;
                }
                if (isBlock(e) && depth > 0) {
                    flush();
                    owners.remove(owners.size() - 1);
                }
            }
        }

        /** Whether the text so far ends with a line break, ignoring spaces after it. */
        private boolean endsWithBreak() {
            for (int i = text.length() - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (c == '\n') {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return false;
        }

        private void appendText(String raw) {
            String s = preDepth > 0 ? raw : collapse(raw);
            if (s.isEmpty()) {
                return;
            }
            if (preDepth == 0
                    && s.charAt(0) == ' '
                    && (text.length() == 0 || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                s = s.substring(1);
            }
            text.append(s);
            if (linkDepth > 0) {
                linkChars += s.strip().length();
            }
        }

        void flush() {
            String s = tidy(text);
            text.setLength(0);
            int links = Math.min(linkChars, s.length());
            linkChars = 0;
            if (!s.isEmpty()) {
                blocks.add(new TextBlock(owners.get(owners.size() - 1), s, links));
            }
        }
    }

    private static String collapse(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        if (space) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** Trims every line and drops blank lines at both ends. */
    private static String tidy(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l);
        }
        return sb.toString();
    }
}
