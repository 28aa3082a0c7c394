package io.storyline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text: its content range (without the terminator) and the range including the
 * terminator. Terminators are {@code \n}, {@code \r\n} and a lone {@code \r}.
 */
record Line(int index, int start, int end, int endWithTerminator, String content) {

    boolean blank() {
        return content.isBlank();
    }

    /** Splits {@code text} into lines; an empty text has no lines, a final terminator adds none. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int i = start;
            while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            int next = i;
            if (i < n) {
                next = text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
            lines.add(new Line(lines.size(), start, i, next, text.substring(start, i)));
            start = next;
        }
        return lines;
    }
}
