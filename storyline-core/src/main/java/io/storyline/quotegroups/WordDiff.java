package io.storyline.quotegroups;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A word-level diff of two texts: the longest common subsequence of their words (compared after
 * normalisation), with the words only in the first text deleted and those only in the second
 * inserted. Immutable; cost is quadratic in the number of words.
 *
 * @param ops the operations in reading order; adjacent operations of one type are merged
 */
public record WordDiff(List<Op> ops) {

    /** What an operation does. */
    public enum OpType {
        EQUAL,
        DELETE,
        INSERT
    }

    /**
     * One run of words.
     *
     * @param type equal (in both), delete (only in the first text) or insert (only in the second)
     * @param text the words as written (for equal runs, as written in the second text)
     */
    public record Op(OpType type, String text) {
        public Op {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(text, "text");
        }
    }

    public WordDiff {
        ops = List.copyOf(ops);
    }

    /** The diff that turns {@code a} into {@code b}. */
    public static WordDiff of(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        List<String> na = wa.stream().map(Lexical::normaliseWord).toList();
        List<String> nb = wb.stream().map(Lexical::normaliseWord).toList();
        int[][] lcs = Lexical.lcsTable(na, nb);
        List<Op> raw = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < wa.size() || j < wb.size()) {
            if (i < wa.size() && j < wb.size() && na.get(i).equals(nb.get(j))) {
                raw.add(new Op(OpType.EQUAL, wb.get(j)));
                i++;
                j++;
            } else if (i < wa.size() && (j == wb.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                raw.add(new Op(OpType.DELETE, wa.get(i)));
                i++;
            } else {
                raw.add(new Op(OpType.INSERT, wb.get(j)));
                j++;
            }
        }
        return new WordDiff(merge(raw));
    }

    private static List<Op> merge(List<Op> raw) {
        List<Op> out = new ArrayList<>();
        for (Op op : raw) {
            if (!out.isEmpty() && out.get(out.size() - 1).type() == op.type()) {
                Op last = out.remove(out.size() - 1);
                out.add(new Op(op.type(), last.text() + " " + op.text()));
            } else {
                out.add(op);
            }
        }
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("[\\s\\u00a0]+")) {
            if (!w.isEmpty() && !Lexical.normaliseWord(w).isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether both texts have the same words. */
    public boolean same() {
        return ops.stream().allMatch(op -> op.type() == OpType.EQUAL);
    }

    /** The words deleted from the first text, in order. */
    public List<String> deleted() {
        return ops.stream().filter(o -> o.type() == OpType.DELETE).map(Op::text).toList();
    }

    /** The words inserted from the second text, in order. */
    public List<String> inserted() {
        return ops.stream().filter(o -> o.type() == OpType.INSERT).map(Op::text).toList();
    }

    /** A compact rendering: {@code the ball is [-now-]{+already+} in play}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Op op : ops) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            switch (op.type()) {
                case EQUAL -> sb.append(op.text());
                case DELETE -> sb.append("[-").append(op.text()).append("-]");
                case INSERT -> sb.append("{+").append(op.text()).append("+}");
            }
        }
        return sb.toString();
    }
}
