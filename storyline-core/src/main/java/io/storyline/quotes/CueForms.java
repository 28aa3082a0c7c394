package io.storyline.quotes;

import io.storyline.nlp.Token;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reporting verb behind a token, whatever its tag: the lemma of a verb, of an unambiguous form
 * ("said" tagged as a noun), of a past tense or participle the tagger missed ("tweeted/PRON",
 * "noting/SCONJ", "writing/NOUN" before a quote mark), and of a finding ("a poll shows/NOUN").
 * Stateless.
 */
final class CueForms {

    /** Unambiguous reporting forms, accepted even when the tagger calls them nouns. */
    private static final Map<String, String> IRREGULAR = Map.of(
            "said",
            "say",
            "says",
            "say",
            "told",
            "tell",
            "tells",
            "tell",
            "wrote",
            "write",
            "added",
            "add",
            "stated",
            "state",
            "insisted",
            "insist",
            "warned",
            "warn",
            "argued",
            "argue");

    /** Forms of the verbs a finding is reported with ("a poll shows"), as the tagger may call them nouns. */
    static final Map<String, String> FINDING_FORMS = Map.of(
            "shows",
            "show",
            "showed",
            "show",
            "finds",
            "find",
            "found",
            "find",
            "suggests",
            "suggest",
            "indicates",
            "indicate");

    private CueForms() {}

    /** The lemma of a reporting verb, also when a participle is mistagged ("noting/SCONJ"). */
    static @Nullable String cueLemma(Token t) {
        if (t.pos().equals("VERB")) {
            return t.lemma();
        }
        String w = Doc.lower(t);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (!w.endsWith("ing")
                || w.length() < 6
                || t.pos().equals("NOUN")
                || t.pos().equals("PROPN")) {
            return null;
        }
        return clauseCueOfStem(w.substring(0, w.length() - 3));
    }

    /**
     * The lemma of a reporting verb in the past tense whatever its tag ("Trump tweeted/PRON"), unless
     * a noun follows (an adjective: "pledged delegates", "reported cases").
     */
    static @Nullable String pastTense(Token t, @Nullable Token next) {
        String w = Doc.lower(t);
        if (!w.endsWith("ed") || w.length() < 5 || (next != null && next.pos().equals("NOUN"))) {
            return null;
        }
        String stem = w.substring(0, w.length() - 2);
        String cue = clauseCueOfStem(stem);
        if (cue == null && stem.endsWith("i")) {
            String y = stem.substring(0, stem.length() - 1) + "y";
            return Lexicon.CLAUSE_CUES.contains(y) ? y : null;
        }
        return cue;
    }

    static @Nullable String participleBeforeQuote(Token t, Token next) {
        String w = Doc.lower(t);
        if (!w.endsWith("ing")
                || w.length() < 6
                || next.text().isEmpty()
                || !QuoteMarks.isDoubleMark(next.text().charAt(0))) {
            return null;
        }
        return clauseCueOfStem(w.substring(0, w.length() - 3));
    }

    /** The reporting verb whose "-ed"/"-ing" form has {@code stem}: "add", "stat(e)", "admitt" → "admit". */
    private static @Nullable String clauseCueOfStem(String stem) {
        if (stem.isEmpty()) {
            return null;
        }
        for (String c : List.of(stem, stem + "e", stem.substring(0, stem.length() - 1))) {
            if (Lexicon.CLAUSE_CUES.contains(c)) {
                return c;
            }
        }
        return null;
    }
}
