package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Stance clauses without a speaker: what something seems or appears to be, or is expected to do
 * ("the fallout appears significant", "the House is expected to pass the bill"). The reported words
 * are the whole clause, subject included; the writer is the source, so no speaker is given.
 */
final class Impressions {

    private static final Set<String> SEEM = Set.of("seem", "seems", "seemed");
    private static final Set<String> APPEAR = Set.of("appear", "appears", "appeared");
    private static final Set<String> AFTER_APPEAR = Set.of("to", "that", "like", "as");
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "–", "—", "--", "-", "(", ")");
    private static final Set<String> AFTER_COMMA = Set.of("which", "who", "where", "according", "as");
    private static final int MAX_SUBJECT = 15;

    private final Doc doc;
    private final Set<Integer> clauseStarts = new java.util.HashSet<>();

    /** With the article's reporting clauses: an impression stops where one of them begins. */
    Impressions(Doc doc, List<Attribution> atts) {
        this.doc = doc;
        atts.forEach(a -> clauseStarts.add(a.clause().start()));
    }

    /** The clauses, in text order; none lies mostly inside marked quotes. */
    List<Span> find() {
        List<Span> out = new ArrayList<>();
        for (var sentence : doc.sentences) {
            List<Token> ts = sentence.tokens();
            for (int k = 0; k < ts.size(); k++) {
                int v = verb(ts, k);
                if (v < 0 || doc.quoted(ts.get(k))) {
                    continue;
                }
                Span clause = clause(ts, v, k);
                if (clause != null && doc.quotedShare(clause) < 0.5) {
                    out.add(clause);
                }
            }
        }
        return out;
    }

    /** Where the verb group of a stance cue at {@code k} begins (an auxiliary before it), or -1. */
    private static int verb(List<Token> ts, int k) {
        String w = Doc.lower(ts.get(k));
        String next = k + 1 < ts.size() ? Doc.lower(ts.get(k + 1)) : "";
        if (SEEM.contains(w)) {
            return k;
        }
        if (APPEAR.contains(w)
                && k + 1 < ts.size()
                && (AFTER_APPEAR.contains(next) || Doc.tag(ts.get(k + 1)).equals("ADJ"))) {
            return k;
        }
        if (w.equals("expected") && (next.equals("to") || next.equals("that"))) {
            int j = k - 1;
            while (j >= 0 && Doc.tag(ts.get(j)).equals("ADV")) {
                j--;
            }
            if (j >= 0 && ts.get(j).lemma().equals("be")) {
                return j;
            }
        }
        return -1;
    }

    /** The clause from its subject (back to a comma, conjunction or the sentence start) to its end. */
    private @Nullable Span clause(List<Token> ts, int v, int k) {
        int s = v;
        while (s > 0 && v - s < MAX_SUBJECT) {
            Token t = ts.get(s - 1);
            if (BOUNDARIES.contains(t.text())
                    || Doc.tag(t).equals("SCONJ")
                    || Doc.tag(t).equals("CCONJ")
                    || QuoteMarks.isDoubleMark(t.text().charAt(0))) {
                break;
            }
            s--;
        }
        if (s == v || v - s >= MAX_SUBJECT) {
            return null;
        }
        int e = k;
        while (e + 1 < ts.size()
                && !ends(ts, e + 1)
                && !clauseStarts.contains(ts.get(e + 1).start())) {
            e++;
        }
        while (e > k
                && (Doc.tag(ts.get(e)).equals("PUNCT") || Doc.tag(ts.get(e)).equals("CCONJ"))) {
            e--;
        }
        if (e == k) {
            return null;
        }
        return new Span(ts.get(s).start(), ts.get(e).end());
    }

    /** Whether token {@code i} ends the clause: a stop, a dash, or a comma before another clause. */
    private static boolean ends(List<Token> ts, int i) {
        Token t = ts.get(i);
        if (Attributions.isEnd(t) || (BOUNDARIES.contains(t.text()) && !t.text().equals(","))) {
            return true;
        }
        if (!t.text().equals(",") || i + 1 >= ts.size()) {
            return false;
        }
        Token n = ts.get(i + 1);
        return Doc.tag(n).equals("SCONJ")
                || AFTER_COMMA.contains(Doc.lower(n))
                || (Doc.tag(n).equals("VERB") && Doc.lower(n).endsWith("ing"));
    }
}
