package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import io.storyline.text.WordList;
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

    private static final Set<String> ABBREVIATIONS = WordList.set(SentenceRepair.class, "abbreviations.txt");

    /** Joined sentences stay below this many tokens (junk text never grows one huge sentence). */
    private static final int MAX_JOINED = 250;

    private SentenceRepair() {}

    static List<Sentence> repair(String text, List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Sentence s : sentences) {
            List<Token> next = s.tokens();
            boolean room = tokens.size() + next.size() <= MAX_JOINED;
            if (start >= 0 && room && brokenAfterAbbreviation(text, tokens, next)) {
                Token word = tokens.remove(tokens.size() - 2);
                Token dot = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(
                        word.start(),
                        dot.end(),
                        word.text() + ".",
                        "PROPN",
                        word.lemma().toLowerCase(Locale.ROOT) + "."));
                tokens.addAll(next);
                end = s.span().end();
            } else if (start >= 0
                    && room
                    && (brokenMidSentence(text, tokens, next) || brokenAfterTitleToken(text, tokens, next))) {
                tokens.addAll(next);
                end = s.span().end();
            } else {
                if (start >= 0) {
                    out.add(new Sentence(new Span(start, end), tokens));
                }
                tokens = new ArrayList<>(next);
                start = s.span().start();
                end = s.span().end();
            }
        }
        if (start >= 0) {
            out.add(new Sentence(new Span(start, end), tokens));
        }
        return out;
    }

    /** "said Ms. | Brainard": the title and its full stop are one token ending the sentence. */
    private static boolean brokenAfterTitleToken(String text, List<Token> a, List<Token> b) {
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

    private static boolean brokenAfterAbbreviation(String text, List<Token> a, List<Token> b) {
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
    private static boolean brokenMidSentence(String text, List<Token> a, List<Token> b) {
        if (a.isEmpty() || b.isEmpty() || b.get(0).text().isEmpty()) {
            return false;
        }
        Token last = a.get(a.size() - 1);
        return sameLine(text, last.end(), b.get(0).start())
                && (last.text().equals(",")
                        || Character.isLowerCase(b.get(0).text().codePointAt(0)));
    }

    private static boolean sameLine(String text, int from, int to) {
        int newline = text.indexOf('\n', from);
        return to >= from && (newline < 0 || newline >= to);
    }
}
