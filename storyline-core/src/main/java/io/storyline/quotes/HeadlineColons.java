package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Token;
import io.storyline.text.WordList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A headline that gives its words to a speaker with a colon: "Mayor Ortiz: The harbour stays open",
 * "Poll: Ortiz leads in the north". Only the article's first line counts, and only when the part
 * before the colon is short, capitalised and names a person, an organisation or an institution.
 */
final class HeadlineColons {

    private static final int MAX_LEFT = 6;
    private static final Set<String> JOINERS = Set.of("of", "on", "and", "the", "'s", "’s");
    /** Section labels that stand before a headline's colon without speaking. */
    private static final Set<String> LABELS = WordList.set(HeadlineColons.class, "headline-labels.txt");

    private final Doc doc;
    private final Phrases phrases;

    HeadlineColons(Doc doc) {
        this.doc = doc;
        this.phrases = new Phrases(doc);
    }

    /** The headline's reporting clause with its words, or null. */
    @Nullable
    Attribution find() {
        if (doc.sentences.isEmpty()) {
            return null;
        }
        List<Token> ts = doc.sentences.get(0).tokens();
        if (ts.isEmpty() || doc.lineStart(ts.get(0).start()) != 0) {
            return null;
        }
        int colon = -1;
        for (int i = 0; i < Math.min(ts.size(), MAX_LEFT + 1); i++) {
            if (ts.get(i).text().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 1 || !speakerLike(ts, colon)) {
            return null;
        }
        int end = doc.lineEnd(ts.get(colon).end());
        int from = ts.get(colon).end();
        while (from < end && Character.isWhitespace(doc.text.charAt(from))) {
            from++;
        }
        int to = end;
        while (to > from && (Character.isWhitespace(doc.text.charAt(to - 1)) || doc.text.charAt(to - 1) == '.')) {
            to--;
        }
        Span content = new Span(from, to);
        if (RuleQuoteFinder.words(doc.text, content) < 3 || doc.quotedShare(content) >= 0.9) {
            return null;
        }
        Mention m = phrases.classify(ts, 0, colon - 1);
        Span cue = new Span(ts.get(colon).start(), ts.get(colon).end());
        Span clause = new Span(ts.get(0).start(), cue.end());
        return new Attribution(0, cue, m, clause, content, false, true, false);
    }

    private boolean speakerLike(List<Token> ts, int colon) {
        boolean speaker = false;
        for (int i = 0; i < colon; i++) {
            Token t = ts.get(i);
            String l = Doc.lower(t);
            if (LABELS.contains(Doc.bare(t.text()).replaceAll("['’]s$", ""))) {
                return false;
            }
            if (!t.capitalised() && !JOINERS.contains(l)) {
                return false;
            }
            speaker |= phrases.named(t)
                    || Lexicon.INSTITUTIONS.contains(t.lemma())
                    || Lexicon.ROLES.contains(t.lemma())
                    || Lexicon.ANONYMOUS.contains(t.lemma());
        }
        return speaker;
    }
}
