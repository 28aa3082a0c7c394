package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Finds reporting clauses sentence by sentence from POS tags, lemmas and a cue lexicon. */
final class Attributions {

    private static final Set<String> OPENERS_BEFORE_POSTPOSED = Set.of(",", "–", "—", "―", "”", "\"", "’", ":", ";");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");

    private final Doc doc;
    private final Phrases phrases;

    Attributions(Doc doc) {
        this.doc = doc;
        this.phrases = new Phrases(doc);
    }

    List<Attribution> find() {
        List<Attribution> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<Attribution> local = new ArrayList<>();
            List<Token> ts = doc.sentences.get(s).tokens();
            for (int k = 0; k < ts.size(); k++) {
                Attribution a = at(s, ts, k, local);
                if (a != null) {
                    local.add(a);
                }
            }
            for (Attribution a : local) {
                out.add(withContent(s, ts, a, local));
            }
        }
        return out;
    }

    private @Nullable Attribution at(int s, List<Token> ts, int k, List<Attribution> earlier) {
        Token t = ts.get(k);
        if (doc.quoted(t)) {
            return null;
        }
        if (Doc.lower(t).equals("according")
                && k + 1 < ts.size()
                && Doc.lower(ts.get(k + 1)).equals("to")) {
            return according(s, ts, k);
        }
        if (!t.pos().equals("VERB")) {
            return null;
        }
        String lemma = t.lemma();
        if (!Lexicon.CLAUSE_CUES.contains(lemma) && !Lexicon.SPEECH_ONLY.contains(lemma)) {
            return null;
        }
        Span cue = new Span(t.start(), t.end());
        int j = k - 1;
        while (j >= 0 && skippable(ts.get(j))) {
            j--;
        }
        if (j >= 0 && ts.get(j).lemma().equals("be") && !Doc.lower(t).endsWith("ing")) {
            return passive(s, ts, k, cue);
        }
        boolean participle = Doc.lower(t).endsWith("ing");
        if (j < 0 || ts.get(j).pos().equals("PUNCT") || ts.get(j).pos().equals("CCONJ")) {
            if (participle || (j >= 0 && ts.get(j).pos().equals("CCONJ"))) {
                Mention m = inherited(ts, earlier, k);
                return m == null ? null : new Attribution(s, cue, m, cue, null, false, false);
            }
            int[] np = phrases.right(ts, afterParticle(ts, k), false);
            if (np == null
                    || (j >= 0 && !OPENERS_BEFORE_POSTPOSED.contains(ts.get(j).text()))) {
                return null;
            }
            Mention m = phrases.classify(ts, np[0], np[1]);
            return new Attribution(s, cue, m, new Span(t.start(), ts.get(np[1]).end()), null, true, false);
        }
        if (RELATIVES.contains(Doc.lower(ts.get(j))) && ts.get(j).pos().equals("PRON")) {
            int e = j - 1;
            if (e >= 0 && ts.get(e).text().equals(",")) {
                e--;
            }
            int[] np = phrases.left(ts, e);
            if (np == null) {
                return null;
            }
            Mention m = phrases.classify(ts, np[0], np[1]);
            return new Attribution(s, cue, m, cue, null, false, false);
        }
        if (ts.get(j).text().equals(",")) {
            return appositive(s, ts, j, k, cue);
        }
        int[] np = phrases.left(ts, j);
        if (np == null || ts.get(np[0]).pos().equals("ADP")) {
            return null;
        }
        if (np[0] > 0 && ts.get(np[0] - 1).pos().equals("ADP")) {
            return null;
        }
        Mention m = phrases.classify(ts, np[0], np[1]);
        boolean post = np[0] == 0
                || OPENERS_BEFORE_POSTPOSED.contains(ts.get(np[0] - 1).text());
        int clauseEnd = clauseEnd(ts, k);
        return new Attribution(s, cue, m, new Span(ts.get(np[0]).start(), clauseEnd), null, post, false);
    }

    private static boolean skippable(Token t) {
        return switch (t.pos()) {
            case "ADV", "AUX", "PART" -> !Phrases.possessiveMark(t);
            default -> false;
        };
    }

    private static int afterParticle(List<Token> ts, int k) {
        int c = k + 1;
        if (c < ts.size()
                && ts.get(c).pos().equals("ADP")
                && Set.of("out", "up").contains(Doc.lower(ts.get(c)))) {
            c++;
        }
        return c;
    }

    /** End of the reporting clause: the cue, its particle, and a listener ("told Reuters"). */
    private int clauseEnd(List<Token> ts, int k) {
        int c = afterParticle(ts, k);
        if (Lexicon.LISTENER_CUES.contains(ts.get(k).lemma())) {
            int[] obj = phrases.right(ts, c, false);
            if (obj != null) {
                return ts.get(obj[1]).end();
            }
        }
        return ts.get(c - 1).end();
    }

    private @Nullable Mention inherited(List<Token> ts, List<Attribution> earlier, int k) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).cue().start() < ts.get(k).start()) {
                return earlier.get(i).speaker();
            }
        }
        int[] np = sentenceSubject(ts, k);
        return np == null ? null : phrases.classify(ts, np[0], np[1]);
    }

    /** The subject of the sentence's first verb before {@code limit}. */
    private int @Nullable [] sentenceSubject(List<Token> ts, int limit) {
        for (int v = 0; v < limit; v++) {
            Token t = ts.get(v);
            if ((t.pos().equals("VERB") || t.pos().equals("AUX")) && !doc.quoted(t)) {
                int j = v - 1;
                while (j >= 0 && skippable(ts.get(j))) {
                    j--;
                }
                if (j >= 0 && ts.get(j).text().equals(",")) {
                    return firstNamedBeforeComma(ts, j);
                }
                int[] np = phrases.left(ts, j);
                if (np != null && np[0] > 0 && ts.get(np[0] - 1).pos().equals("ADP")) {
                    return null;
                }
                return np;
            }
        }
        return null;
    }

    private int @Nullable [] firstNamedBeforeComma(List<Token> ts, int limit) {
        int[] any = null;
        for (int i = 0; i < limit; i++) {
            if (ts.get(i + 1).text().equals(",") && Phrases.nounLike(ts.get(i)) && !doc.quoted(ts.get(i))) {
                int[] np = phrases.left(ts, i);
                if (np == null || (np[0] > 0 && ts.get(np[0] - 1).pos().equals("ADP"))) {
                    continue;
                }
                Mention m = phrases.classify(ts, np[0], np[1]);
                if (m.kind() == MentionKind.NAMED) {
                    return np;
                }
                if (any == null && m.kind() != MentionKind.GROUP) {
                    any = np;
                }
            }
        }
        return any;
    }

    private @Nullable Attribution appositive(int s, List<Token> ts, int comma, int k, Span cue) {
        int[] np = firstNamedBeforeComma(ts, comma);
        if (np == null) {
            return null;
        }
        Mention m = phrases.classify(ts, np[0], np[1]);
        boolean post =
                np[0] > 0 && OPENERS_BEFORE_POSTPOSED.contains(ts.get(np[0] - 1).text());
        return new Attribution(s, cue, m, new Span(ts.get(np[0]).start(), clauseEnd(ts, k)), null, post, false);
    }

    private @Nullable Attribution passive(int s, List<Token> ts, int k, Span cue) {
        if (k + 1 >= ts.size() || !Doc.lower(ts.get(k + 1)).equals("by")) {
            return null;
        }
        int[] np = phrases.right(ts, k + 2, false);
        if (np == null) {
            return null;
        }
        Mention m = phrases.classify(ts, np[0], np[1]);
        int from = k > 0 && Doc.lower(ts.get(k - 1)).equals("as") ? k - 1 : k;
        return new Attribution(
                s, cue, m, new Span(ts.get(from).start(), ts.get(np[1]).end()), null, true, false);
    }

    private @Nullable Attribution according(int s, List<Token> ts, int k) {
        int[] np = phrases.right(ts, k + 2, true);
        if (np == null) {
            return null;
        }
        Mention m = phrases.classify(ts, np[0], np[1]);
        Span cue = new Span(ts.get(k).start(), ts.get(k + 1).end());
        boolean post = k > 0;
        return new Attribution(s, cue, m, new Span(cue.start(), ts.get(np[1]).end()), null, post, false);
    }

    /** Adds the reported clause after the cue, or before a postposed clause. */
    private Attribution withContent(int s, List<Token> ts, Attribution a, List<Attribution> local) {
        Contents c = new Contents(doc, ts, local);
        int cueIdx = indexAt(ts, a.cue().start());
        String lemma = ts.get(cueIdx).lemma();
        boolean clauseCue =
                Lexicon.CLAUSE_CUES.contains(lemma) || Doc.lower(ts.get(cueIdx)).equals("according");
        if (!clauseCue) {
            return a;
        }
        if (Doc.lower(ts.get(cueIdx)).equals("according")) {
            int clauseEndIdx = indexAt(ts, a.clause().end() - 1);
            boolean commaAfter = clauseEndIdx + 2 < ts.size()
                    && ts.get(clauseEndIdx + 1).text().equals(",")
                    && !isEnd(ts.get(clauseEndIdx + 2));
            if (!a.postposed() || commaAfter) {
                Span after = c.after(clauseEndIdx + 1, true);
                if (after != null) {
                    return a.withContent(after);
                }
            }
            return a.withContent(c.before(s, a.clause().start()));
        }
        int from = indexAt(ts, a.clause().end() - 1) + 1;
        Span after = c.afterCue(from, lemma);
        if (after != null) {
            boolean colon = from < ts.size() && ts.get(from).text().equals(":");
            return new Attribution(s, a.cue(), a.speaker(), a.clause(), after, false, colon);
        }
        if (a.postposed()) {
            return a.withContent(c.before(s, a.clause().start()));
        }
        return a;
    }

    static boolean isEnd(Token t) {
        return Set.of(".", "!", "?").contains(t.text());
    }

    /** Index of the first token ending after {@code charIndex} (binary search). */
    static int indexAt(List<Token> ts, int charIndex) {
        int lo = 0;
        int hi = ts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ts.get(mid).end() > charIndex) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
