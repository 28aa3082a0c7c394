package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reported words of a reporting clause found by {@link Attributions}: the clause after the cue
 * ("said [the plant will close]"), the object of an object cue ("criticized [the accord]"), the words
 * before a postposed clause, or both sides of a clause set inside them ("X, officials said, could Y").
 */
final class ReportedWords {

    /** Words after "according to X," that describe X rather than open the reported words. */
    private static final Set<String> DESCRIBES_SOURCE = Set.of("who", "whose", "which", "a", "an");

    private final Doc doc;

    ReportedWords(Doc doc) {
        this.doc = doc;
    }

    /**
     * Adds the reported clause after the cue, or before a postposed clause; a clause set inside the
     * reported one ("X, officials said, could Y") gives two attributions, one per side.
     */
    List<Attribution> of(int s, List<Token> ts, Attribution a, List<Attribution> local) {
        if (a.content() != null) {
            return List.of(a);
        }
        Contents c = new Contents(doc, ts, local);
        int cueIdx = Attributions.indexAt(ts, a.cue().start());
        String cueLemma = CueForms.cueLemma(ts.get(cueIdx));
        if (cueLemma == null) {
            cueLemma = CueForms.pastTense(ts.get(cueIdx), cueIdx + 1 < ts.size() ? ts.get(cueIdx + 1) : null);
        }
        String lemma = cueLemma == null ? ts.get(cueIdx).lemma() : cueLemma;
        boolean clauseCue =
                Lexicon.CLAUSE_CUES.contains(lemma) || Doc.lower(ts.get(cueIdx)).equals("according");
        String firstWord = a.speaker().span().of(doc.text).split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        boolean naming = lemma.equals("call") && Set.of("a", "an", "one").contains(firstWord);
        boolean objectCue = (Lexicon.OBJECT_CUES.contains(lemma) && !naming)
                || (Lexicon.FINDING_CUES.contains(lemma)
                        && Lexicon.FINDINGS.contains(a.speaker().head()));
        if (clauseCue) {
            if (!Doc.lower(ts.get(cueIdx)).equals("according") && a.postposed()) {
                List<Attribution> split = parenthetical(s, ts, a, c);
                if (!split.isEmpty()) {
                    return split;
                }
            }
            Attribution one = single(s, ts, a, c, lemma);
            if (one.content() != null || !objectCue) {
                return List.of(one);
            }
        }
        if (objectCue) {
            return List.of(object(ts, a, c));
        }
        return List.of(a);
    }

    /** The object or complement after an object cue: "criticized [the accord]", "called for [a vote]". */
    private Attribution object(List<Token> ts, Attribution a, Contents c) {
        int from = Attributions.indexAt(ts, a.clause().end() - 1) + 1;
        if (from < ts.size()
                && ts.get(from).pos().equals("ADP")
                && Lexicon.OBJECT_PARTICLES.contains(Doc.lower(ts.get(from)))) {
            from++;
        }
        if (from >= ts.size()
                || Attributions.isEnd(ts.get(from))
                || ts.get(from).text().equals(",")) {
            return a;
        }
        Span content = c.object(from);
        return content == null ? a : a.withContent(content, false, false);
    }

    /** "The outreach, they said, raised new worries": the reported words on both sides of the clause. */
    private List<Attribution> parenthetical(int s, List<Token> ts, Attribution a, Contents c) {
        int from = Attributions.indexAt(ts, a.clause().end() - 1) + 1;
        int clauseStart = Attributions.indexAt(ts, a.clause().start());
        if (a.cue().start() < a.speaker().span().start()) {
            // inverted ("…, said X, a senior official"): what follows is the speaker's description
            return List.of();
        }
        if (from + 1 >= ts.size()
                || !ts.get(from).text().equals(",")
                || clauseStart == 0
                || !ts.get(clauseStart - 1).text().equals(",")) {
            return List.of();
        }
        Token next = ts.get(from + 1);
        String n = Doc.lower(next);
        if (doc.quoted(next)
                || QuoteMarks.isDoubleMark(next.text().charAt(0))
                || next.text().startsWith("'")
                || next.pos().equals("CCONJ")
                || n.equals("according")
                || n.endsWith("ing")
                || Lexicon.CLAUSE_BREAKS.contains(n)) {
            return List.of();
        }
        Span rest = c.after(from + 1, true);
        if (rest == null || doc.quotedShare(rest) >= 0.5) {
            return List.of();
        }
        List<Attribution> out = new ArrayList<>();
        Span before = c.before(s, a.clause().start(), false);
        if (before != null && doc.quotedShare(before) < 0.5) {
            out.add(a.withContent(before, false, true));
        }
        out.add(a.withContent(rest, false, false));
        return out;
    }

    private Attribution single(int s, List<Token> ts, Attribution a, Contents c, String lemma) {
        int cueIdx = Attributions.indexAt(ts, a.cue().start());
        if (Doc.lower(ts.get(cueIdx)).equals("according")) {
            int clauseEndIdx = Attributions.indexAt(ts, a.clause().end() - 1);
            boolean commaAfter = clauseEndIdx + 2 < ts.size()
                    && ts.get(clauseEndIdx + 1).text().equals(",")
                    && !Attributions.isEnd(ts.get(clauseEndIdx + 2))
                    && !DESCRIBES_SOURCE.contains(Doc.lower(ts.get(clauseEndIdx + 2)));
            if (!a.postposed() || commaAfter) {
                Span after = c.after(clauseEndIdx + 1, true);
                if (after != null) {
                    return a.withContent(after, false, false);
                }
            }
            Span words = c.before(s, a.clause().start(), false, true);
            return words == null || doc.quotedShare(words) >= 0.5 ? a : a.withContent(words, false, true);
        }
        int from = Attributions.indexAt(ts, a.clause().end() - 1) + 1;
        int np = Attributions.indexAt(ts, a.speaker().span().start());
        boolean relative = np > 0 && Lexicon.RELATIVE_OBJECTS.contains(Doc.lower(ts.get(np - 1)));
        Span after = c.afterCue(from, lemma, relative);
        if (after != null) {
            boolean colon = from < ts.size() && ts.get(from).text().equals(":");
            return a.withContent(after, colon, false);
        }
        if (a.postposed()) {
            return before(a, c.before(s, a.clause().start(), true));
        }
        return a;
    }

    /** Reported words before the clause, unless they are mostly a marked quote (then it is direct). */
    private Attribution before(Attribution a, @Nullable Span content) {
        if (content == null || doc.quotedShare(content) >= 0.5) {
            return a;
        }
        return a.withContent(content, false, true);
    }
}
