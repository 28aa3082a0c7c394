package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Undoes sentence breaks after a title or an initial ("Mrs. | Clinton said", "Michael C. | Cernech"):
 * such a sentence is joined with the next one on the same line, and the abbreviation and its full
 * stop become one token. Stateless; linear in the number of tokens.
 */
final class SentenceRepair {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr", "prof",
            "rev", "hon", "adm", "maj", "cpl", "pres", "supt", "det", "insp", "no", "vs", "ft", "mt");

    private SentenceRepair() {}

    static List<Sentence> repair(String text, List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            Sentence prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && brokenAfterAbbreviation(text, prev, s)) {
                out.set(out.size() - 1, join(prev, s, true));
            } else if (prev != null && (brokenMidSentence(text, prev, s) || brokenAfterTitleToken(text, prev, s))) {
                out.set(out.size() - 1, join(prev, s, false));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** "said Ms. | Brainard": the title and its full stop are one token ending the sentence. */
    private static boolean brokenAfterTitleToken(String text, Sentence prev, Sentence next) {
        List<Token> a = prev.tokens();
        List<Token> b = next.tokens();
        if (a.isEmpty() || b.isEmpty() || !b.get(0).capitalised()) {
            return false;
        }
        String w = a.get(a.size() - 1).text();
        if (w.length() < 2 || !w.endsWith(".")) {
            return false;
        }
        String bare = w.substring(0, w.length() - 1);
        boolean title = ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT))
                || (bare.length() == 1 && Character.isUpperCase(bare.charAt(0)));
        return title && sameLine(text, a.get(a.size() - 1).end(), b.get(0).start());
    }

    private static boolean brokenAfterAbbreviation(String text, Sentence prev, Sentence next) {
        List<Token> a = prev.tokens();
        List<Token> b = next.tokens();
        if (a.size() < 2 || b.isEmpty()) {
            return false;
        }
        Token dot = a.get(a.size() - 1);
        Token word = a.get(a.size() - 2);
        if (!dot.text().equals(".") || word.end() != dot.start() || !b.get(0).capitalised()) {
            return false;
        }
        String w = word.text();
        boolean abbreviation = ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))
                || (w.length() == 1 && Character.isUpperCase(w.charAt(0)));
        if (!abbreviation || (word.start() > 0 && Character.isLetterOrDigit(text.charAt(word.start() - 1)))) {
            return false;
        }
        int gapFrom = dot.end();
        int gapTo = b.get(0).start();
        if (gapTo < gapFrom || gapTo - gapFrom > 3) {
            return false;
        }
        for (int i = gapFrom; i < gapTo; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** A sentence does not end with a comma nor start with a lower-case word. */
    private static boolean brokenMidSentence(String text, Sentence prev, Sentence next) {
        List<Token> a = prev.tokens();
        List<Token> b = next.tokens();
        if (a.isEmpty() || b.isEmpty() || b.get(0).text().isEmpty()) {
            return false;
        }
        Token last = a.get(a.size() - 1);
        return sameLine(text, last.end(), b.get(0).start())
                && (last.text().equals(",")
                        || Character.isLowerCase(b.get(0).text().codePointAt(0)));
    }

    private static boolean sameLine(String text, int from, int to) {
        return to >= from && text.substring(from, to).indexOf('\n') < 0;
    }

    private static Sentence join(Sentence prev, Sentence next, boolean abbreviation) {
        if (!abbreviation) {
            List<Token> all = new ArrayList<>(prev.tokens());
            all.addAll(next.tokens());
            return new Sentence(new Span(prev.span().start(), next.span().end()), all);
        }
        List<Token> tokens =
                new ArrayList<>(prev.tokens().subList(0, prev.tokens().size() - 2));
        Token word = prev.tokens().get(prev.tokens().size() - 2);
        Token dot = prev.tokens().get(prev.tokens().size() - 1);
        tokens.add(new Token(
                word.start(),
                dot.end(),
                word.text() + ".",
                "PROPN",
                word.lemma().toLowerCase(Locale.ROOT) + "."));
        tokens.addAll(next.tokens());
        return new Sentence(new Span(prev.span().start(), next.span().end()), tokens);
    }
}
