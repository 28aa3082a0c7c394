package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test helper: a trivial tokenizer with rough tags, one sentence per line, for huge junk input. */
final class PlainTokens {

    private PlainTokens() {}

    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int ls = 0;
        while (ls <= text.length()) {
            int le = text.indexOf('\n', ls);
            if (le < 0) {
                le = text.length();
            }
            List<Token> ts = new ArrayList<>();
            int i = ls;
            while (i < le) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isLetterOrDigit(c)) {
                    int j = i;
                    while (j < le && Character.isLetterOrDigit(text.charAt(j))) {
                        j++;
                    }
                    ts.add(word(text.substring(i, j), i));
                    i = j;
                } else {
                    ts.add(new Token(i, i + 1, String.valueOf(c), "PUNCT", String.valueOf(c)));
                    i++;
                }
            }
            if (!ts.isEmpty()) {
                out.add(new Sentence(new Span(ls, le), ts));
            }
            ls = le + 1;
        }
        return out;
    }

    private static Token word(String w, int at) {
        String l = w.toLowerCase(Locale.ROOT);
        String pos;
        String lemma = l;
        if (l.equals("said")) {
            pos = "VERB";
            lemma = "say";
        } else if (l.equals("he") || l.equals("she")) {
            pos = "PRON";
        } else {
            pos = Character.isUpperCase(w.charAt(0)) ? "PROPN" : "NOUN";
        }
        return new Token(at, at + w.length(), w, pos, lemma);
    }
}
