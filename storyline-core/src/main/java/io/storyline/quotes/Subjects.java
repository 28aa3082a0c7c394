package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the subject of a reporting clause for {@link Attributions} and its {@link ClauseRules}: the
 * subject of a sentence's first verb, of the nearest clause before a participle, a named phrase before
 * a comma or after a closing quote, a document heading a finding ("The poll,"), and where the
 * reporting clause ends. Works over one document's tokens and phrases; stateless beyond them.
 */
final class Subjects {

    /** Words a subject may run back over to the comma before it. */
    private static final int MAX_SUBJECT_RUN = 10;

    /** Words that open a relative clause, whose subject is not the sentence's. */
    static final Set<String> RELATIVES = Set.of("who", "which", "that");

    /** A party and state tag after a legislator's name: "D-N.Y.", "R-Calif.". */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");

    private final Doc doc;
    private final Phrases phrases;

    Subjects(Doc doc, Phrases phrases) {
        this.doc = doc;
        this.phrases = phrases;
    }

    /**
     * The comma opening a subject that ends the sentence with its cue ("…, a poll of voters taken last
     * week shows."), or -1: the cue must close the sentence and the comma come within a few words.
     */
    int commaBefore(List<Token> ts, int np, int k) {
        int after = afterParticle(ts, k);
        if (after >= ts.size() || !Attributions.isEnd(ts.get(after))) {
            return -1;
        }
        for (int i = np - 1; i > 0 && np - i <= MAX_SUBJECT_RUN; i--) {
            Token t = ts.get(i);
            if (doc.quoted(t)) {
                return -1;
            }
            if (t.text().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "sources in Western agencies", "the organizer of a rally", "one in three": a phrase with its
     * prepositional modifiers (the head comes first; clause-opening prepositions stay out).
     */
    @Nullable
    Phrase extended(List<Token> ts, @Nullable Phrase np) {
        if (np == null) {
            return null;
        }
        Phrase at = np;
        for (int hop = 0; hop < 2 && at.first() >= 2; hop++) {
            Token adp = ts.get(at.first() - 1);
            if (!adp.pos().equals("ADP") && !Doc.lower(adp).equals("to")) {
                break;
            }
            int e = at.first() - 2;
            boolean closeTo = (ts.get(e).pos().equals("ADJ") || ts.get(e).pos().equals("ADV")) && e > 0;
            if (closeTo) {
                e--;
            }
            Phrase head = phrases.left(ts, e);
            if (head == null) {
                break;
            }
            Mention m = phrases.classify(ts, head.first(), head.last());
            boolean modifier = Lexicon.NP_PREPOSITIONS.contains(Doc.lower(adp)) && !closeTo;
            if (m.kind() != MentionKind.ANONYMOUS && !modifier) {
                break;
            }
            at = new Phrase(head.first(), np.last());
        }
        return at;
    }

    /** The subject of the sentence's first verb before {@code limit}. */
    @Nullable
    Phrase sentenceSubject(List<Token> ts, int limit) {
        for (int v = 0; v < limit; v++) {
            Token t = ts.get(v);
            if (v == 0 && misTaggedName(ts)) {
                // "Trump/VERB swiftly/ADV responded/VERB": a sentence-initial name the tagger took for a verb
                return new Phrase(0, 0);
            }
            if ((t.pos().equals("VERB") || t.pos().equals("AUX")) && !doc.quoted(t) && !phrases.named(t)) {
                int j = v - 1;
                while (j >= 0 && skippable(ts.get(j))) {
                    j--;
                }
                if (j >= 0 && RELATIVES.contains(Doc.lower(ts.get(j)))) {
                    continue;
                }
                if (j >= 0 && ts.get(j).text().equals(",")) {
                    return firstNamedBeforeComma(ts, j);
                }
                Phrase np = phrases.left(ts, j);
                if (np != null && np.first() > 0 && ts.get(np.first() - 1).pos().equals("ADP")) {
                    return null;
                }
                return np;
            }
        }
        return null;
    }

    /** The mention of a subject phrase; a name the tagger took for a verb is a name. */
    Mention subjectMention(List<Token> ts, Phrase np) {
        if (np.first() == 0 && np.last() == 0 && misTaggedName(ts)) {
            Token t = ts.get(0);
            return new Mention(new Span(t.start(), t.end()), MentionKind.NAMED, Doc.lower(t), false, t.text(), null);
        }
        return phrases.classify(ts, np.first(), np.last());
    }

    /**
     * The speaker of a participle ("…, saying"): the subject of the nearest clause before it that has a
     * person as its subject ("Her remarks came as the minister declined the offer, saying …" → the
     * minister), else null. Subjects of relative clauses and of clauses after a preposition are skipped.
     */
    @Nullable
    Mention clauseSubject(List<Token> ts, int limit) {
        for (int v = limit - 1; v >= 0; v--) {
            Token t = ts.get(v);
            if (!t.pos().equals("VERB") && !t.pos().equals("AUX")) {
                continue;
            }
            if (doc.quoted(t) || phrases.named(t) || Doc.lower(t).endsWith("ing")) {
                continue;
            }
            int j = v - 1;
            while (j >= 0 && skippable(ts.get(j))) {
                j--;
            }
            if (j < 0
                    || RELATIVES.contains(Doc.lower(ts.get(j)))
                    || Doc.lower(ts.get(j)).equals("to")) {
                continue;
            }
            Phrase np = phrases.left(ts, j);
            if (np == null || (np.first() > 0 && ts.get(np.first() - 1).pos().equals("ADP"))) {
                continue;
            }
            Mention m = phrases.classify(ts, np.first(), np.last());
            boolean person = m.kind() == MentionKind.NAMED
                    || m.kind() == MentionKind.DESCRIPTION
                    || (m.kind() == MentionKind.PRONOUN
                            && !m.head().equals("it")
                            && !m.head().equals("they"));
            if (person) {
                return m;
            }
        }
        if (misTaggedName(ts)) {
            return subjectMention(ts, new Phrase(0, 0));
        }
        return null;
    }

    /**
     * Whether the sentence opens with a capitalised word tagged as a verb that is followed by an adverb
     * or a past-tense verb: a name the tagger missed ("Trump swiftly responded"), not an imperative.
     */
    boolean misTaggedName(List<Token> ts) {
        if (ts.size() < 3 || !ts.get(0).pos().equals("VERB") || !ts.get(0).capitalised() || doc.quoted(ts.get(0))) {
            return false;
        }
        Token next = ts.get(1);
        String w = Doc.lower(ts.get(0));
        return !w.endsWith("ing")
                && !w.endsWith("ed")
                && (next.pos().equals("ADV")
                        || (next.pos().equals("VERB") && Doc.lower(next).endsWith("ed")));
    }

    /**
     * "…, unlike X, she is a “sane person,” Y, the former mayor, said": the name that follows the closing
     * quote mark and a comma of a postposed clause, the last such before {@code limit}; else null.
     */
    @Nullable
    Phrase namedAfterQuote(List<Token> ts, int limit) {
        Phrase found = null;
        for (int i = 1; i < limit; i++) {
            Token close = ts.get(i - 1);
            if (!Set.of("”", "\"", "''").contains(close.text()) || doc.quoted(ts.get(i)) || i < 2) {
                continue;
            }
            if (!Set.of(",", "!", "?").contains(ts.get(i - 2).text())
                    && !close.text().equals("”")) {
                continue;
            }
            Phrase np = phrases.right(ts, i, false);
            if (np == null
                    || np.last() + 1 > limit
                    || !ts.get(np.last() + 1).text().equals(",")) {
                continue;
            }
            if (phrases.classify(ts, np.first(), np.last()).kind() == MentionKind.NAMED) {
                found = np;
            }
        }
        return found;
    }

    @Nullable
    Phrase firstNamedBeforeComma(List<Token> ts, int limit) {
        Phrase any = null;
        for (int i = 0; i < limit; i++) {
            if (ts.get(i + 1).text().equals(",")
                    && phrases.nominal(ts.get(i))
                    && !doc.quoted(ts.get(i))
                    && !PARTY_TAG.matcher(ts.get(i).text()).matches()) {
                Phrase np = phrases.left(ts, i);
                if (np == null
                        || (np.first() > 0 && ts.get(np.first() - 1).pos().equals("ADP"))) {
                    continue;
                }
                Mention m = phrases.classify(ts, np.first(), np.last());
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

    /** The sentence's first phrase before a comma when a document or measurement heads it ("The poll,"). */
    @Nullable
    Phrase findingBeforeComma(List<Token> ts, int limit) {
        for (int i = 0; i < limit; i++) {
            if (ts.get(i + 1).text().equals(",")) {
                Phrase np = phrases.left(ts, i);
                if (np == null
                        || (np.first() != 0 && !ts.get(np.first() - 1).pos().equals("CCONJ"))) {
                    return null;
                }
                return Lexicon.FINDINGS.contains(ts.get(np.last()).lemma()) ? np : null;
            }
        }
        return null;
    }

    /** End of the reporting clause: the cue, its particle, and a listener ("told Reuters"). */
    int clauseEnd(List<Token> ts, int k) {
        int c = afterParticle(ts, k);
        if (Lexicon.LISTENER_CUES.contains(ts.get(k).lemma())) {
            Phrase obj = phrases.right(ts, c, false);
            if (obj != null) {
                return ts.get(obj.last()).end();
            }
        }
        return ts.get(c - 1).end();
    }

    static int afterParticle(List<Token> ts, int k) {
        int c = k + 1;
        if (c < ts.size()
                && ts.get(c).pos().equals("ADP")
                && Set.of("out", "up").contains(Doc.lower(ts.get(c)))) {
            c++;
        }
        return c;
    }

    static boolean skippable(Token t) {
        if (Set.of("himself", "herself", "themselves", "itself").contains(Doc.lower(t))) {
            return true;
        }
        if (Lexicon.QUANTITIES.contains(Doc.lower(t))) {
            return false;
        }
        return switch (t.pos()) {
            case "ADV", "AUX", "PART" -> !Phrases.possessiveMark(t);
            case "VERB" -> t.lemma().equals("have") || t.lemma().equals("do");
            default -> false;
        };
    }
}
