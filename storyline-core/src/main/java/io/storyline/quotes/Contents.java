package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Finds where a reported clause begins and ends inside one sentence. */
final class Contents {

    private static final int THAT_WINDOW = 12;

    private final Doc doc;
    private final List<Token> ts;
    private final List<Attribution> local;

    Contents(Doc doc, List<Token> ts, List<Attribution> local) {
        this.doc = doc;
        this.ts = ts;
        this.local = local;
    }

    /**
     * The clause after a reporting verb: after "that" when it comes soon, else right after the verb;
     * with {@code relative} ("which officials said was …") the clause may open with its verb.
     */
    @Nullable
    Span afterCue(int from, String lemma, boolean relative) {
        int c = from;
        if (c >= ts.size()) {
            return null;
        }
        for (int w = c; w < Math.min(ts.size(), c + THAT_WINDOW); w++) {
            Token t = ts.get(w);
            if (doc.quoted(t)) {
                break;
            }
            if (Doc.lower(t).equals("that") && !t.pos().equals("DET")) {
                return after(w + 1, false);
            }
            if (Doc.verbal(t) || Attributions.isEnd(t) || t.text().equals(";")) {
                break;
            }
        }
        Token first = ts.get(c);
        if (first.text().equals(":")) {
            return after(c + 1, false);
        }
        if (Lexicon.THAT_ONLY.contains(lemma)) {
            return null;
        }
        if (startsClause(first, lemma)) {
            return after(c, true);
        }
        if (relative
                && (first.pos().equals("AUX") || first.pos().equals("VERB"))
                && !Doc.lower(first).endsWith("ing")) {
            return after(c, true);
        }
        return null;
    }

    private static boolean startsClause(Token t, String lemma) {
        if (t.capitalised()
                && !t.text().equals("I")
                && Character.isLetter(t.text().charAt(0))) {
            return true; // a name whatever its tag: "said Rubio's/VERB plan", "said Fox/ADP executives"
        }
        return switch (Doc.tag(t)) {
            case "DET", "PRON", "PROPN", "NOUN", "NUM" -> true;
            case "ADJ" -> true;
            case "VERB" -> Doc.lower(t).endsWith("ing") && !Lexicon.CLAUSE_CUES.contains(t.lemma());
            case "PUNCT" -> Character.isLetter(t.text().charAt(0)); // "he’s" tagged as punctuation
            case "SCONJ" ->
                lemma.equals("ask") || lemma.equals("wonder") || Lexicon.REPORTED_OPENERS.contains(Doc.lower(t));
            default -> QuoteMarks.isDoubleMark(t.text().charAt(0));
        };
    }

    /** The clause from token {@code start} to its end in the sentence; with a verb when required. */
    @Nullable
    Span after(int start, boolean needVerb) {
        return after(start, needVerb, 3, ts.size() - 1);
    }

    @Nullable
    private Span after(int start, boolean needVerb, int minTokens, int last) {
        if (start >= ts.size()) {
            return null;
        }
        int end = start;
        boolean verb = false;
        for (int w = start; w <= last; w++) {
            Token t = ts.get(w);
            if (!doc.quoted(t) && breaksClause(w)) {
                break;
            }
            verb |= Doc.verbal(t) || doc.quoted(t);
            end = w;
        }
        return trim(start, end, needVerb && !verb ? 99 : minTokens);
    }

    /** The object and the rest of the clause from token {@code start}: at least one content word. */
    @Nullable
    Span object(int start) {
        int last = ts.size() - 1;
        int end = last;
        // "endorsed Mr. Sanders in December": a time phrase at the end is not what was said
        for (int k = last; k > start && end == last; k--) {
            if (!Lexicon.TIME_WORDS.contains(Doc.lower(ts.get(k)))) {
                continue;
            }
            int b = k;
            while (b - 1 > start && timeLead(ts.get(b - 1))) {
                b--;
            }
            if (k == last || (k + 1 == last && Attributions.isEnd(ts.get(last)))) {
                end = b - 1;
            }
        }
        Span s = after(start, false, 1, end);
        if (s == null) {
            return null;
        }
        for (int i = Attributions.indexAt(ts, s.start());
                i < ts.size() && ts.get(i).start() < s.end();
                i++) {
            if (ts.get(i).contentWord() || ts.get(i).pos().equals("PRON")) {
                return s;
            }
        }
        return null;
    }

    private static boolean timeLead(Token t) {
        return switch (t.pos()) {
            case "ADP", "DET", "NUM" -> true;
            case "ADJ" ->
                Set.of("last", "next", "early", "late", "earlier", "later").contains(Doc.lower(t));
            default -> false;
        };
    }

    /**
     * The clause before a postposed reporting clause starting at {@code clauseStart}; without a verb
     * of its own it is kept only when {@code needVerb} is false (the subject of a split clause).
     */
    @Nullable
    Span before(int sentence, int clauseStart, boolean needVerb) {
        return before(sentence, clauseStart, needVerb, false);
    }

    /** As above; with {@code whole}, reporting clauses inside the words do not cut them ("…, according to X"). */
    @Nullable
    Span before(int sentence, int clauseStart, boolean needVerb, boolean whole) {
        int ci = Attributions.indexAt(ts, clauseStart);
        int end = ci - 1;
        while (end >= 0 && (plainPunct(ts.get(end)) || Doc.lower(ts.get(end)).equals("as"))) {
            end--;
        }
        int start = 0;
        while (start < end && (ts.get(start).pos().equals("CCONJ") || openingPunct(ts.get(start)))) {
            start++;
        }
        for (Attribution a : whole ? List.<Attribution>of() : local) {
            boolean inside = a.clause().start() > ts.get(0).start();
            if (inside && end >= 0 && a.clause().end() <= ts.get(end).start() && a.sentence() == sentence) {
                int after = Attributions.indexAt(ts, a.clause().end() - 1) + 1;
                start = Math.max(start, after);
            }
        }
        boolean verb = false;
        for (int w = start; w <= end; w++) {
            verb |= Doc.verbal(ts.get(w));
        }
        return trim(start, end, verb || !needVerb ? 3 : 99);
    }

    private static boolean plainPunct(Token t) {
        return t.pos().equals("PUNCT") && !isClosingMark(t);
    }

    private static boolean openingPunct(Token t) {
        return t.pos().equals("PUNCT") && !QuoteMarks.isDoubleMark(t.text().charAt(0));
    }

    private static boolean isClosingMark(Token t) {
        char c = t.text().charAt(0);
        return c == '”' || c == '"' || c == '»';
    }

    private boolean breaksClause(int w) {
        Token t = ts.get(w);
        if (t.text().equals(";")) {
            return true;
        }
        if ((t.text().equals(",") || t.text().equals("–") || t.text().equals("—")) && w + 1 < ts.size()) {
            Token next = ts.get(w + 1);
            String n = Doc.lower(next);
            if (t.text().equals(",") && (Lexicon.CLAUSE_BREAKS.contains(n) || n.equals("according"))) {
                return true;
            }
            if (t.text().equals(",")
                    && next.pos().equals("VERB")
                    && n.endsWith("ing")
                    && Lexicon.CLAUSE_CUES.contains(next.lemma())) {
                return true;
            }
            for (Attribution a : local) {
                if (a.postposed()
                        && a.clause().start() >= next.start()
                        && a.clause().start() <= next.end()
                        && a.content() == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Trims punctuation at the ends; null when fewer than {@code minTokens} tokens remain. */
    @Nullable
    private Span trim(int start, int end, int minTokens) {
        int s = start;
        int e = end;
        while (e >= s && ts.get(e).pos().equals("PUNCT") && !isClosingMark(ts.get(e))) {
            e--;
        }
        while (s <= e
                && ts.get(s).pos().equals("PUNCT")
                && !QuoteMarks.isDoubleMark(ts.get(s).text().charAt(0))) {
            s++;
        }
        if (e - s + 1 < minTokens) {
            return null;
        }
        return new Span(ts.get(s).start(), ts.get(e).end());
    }
}
