package io.storyline.ingest;

import org.jsoup.nodes.Element;

/**
 * One run of text between block boundaries in a page, with the element that holds it.
 *
 * @param owner nearest block-level element around the text
 * @param text whitespace-normalised text (line breaks from {@code <br>} kept as {@code '\n'})
 * @param linkChars number of characters inside links
 */
record TextBlock(Element owner, String text, int linkChars) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    boolean isHeading() {
        return owner.normalName().length() == 2
                && owner.normalName().charAt(0) == 'h'
                && Character.isDigit(owner.normalName().charAt(1));
    }
}
