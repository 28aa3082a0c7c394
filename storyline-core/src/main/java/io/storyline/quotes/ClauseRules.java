package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The clause rules of {@link Attributions}: how a reporting clause is built around a reporting verb,
 * tried in {@link #RULES} order, each a method with its example ({@code AttributionRulesTest} gives
 * each a sentence on which it decides). A rule reads the verb's {@link Site} and answers with a
 * {@link Decision} (the attribution, or none at all), or null to let the next rule decide.
 */
final class ClauseRules {

    private ClauseRules() {}

    /**
     * Where a reporting verb stands: sentence {@code s} of tokens {@code ts}, the verb {@code t} at
     * {@code k} with its cue {@code lemma}, and {@code j}, the last token before it that is not an
     * adverb, auxiliary or particle (past a bracketed tag after a name: "Gov. Phil Bryant (R) said"),
     * or -1. {@code earlier} holds the sentence's attributions found so far.
     */
    record Site(
            int s,
            List<Token> ts,
            int k,
            Token t,
            String lemma,
            Span cue,
            int j,
            boolean passiveBe,
            boolean participle,
            List<Attribution> earlier) {

        Token before() {
            return ts.get(j);
        }

        boolean afterPunctuation() {
            return j < 0 || before().pos().equals("PUNCT") || before().pos().equals("CCONJ");
        }
    }

    /** What a rule says of a site: the attribution found, or null for none at all (no later rule runs). */
    record Decision(@Nullable Attribution attribution) {}

    /** One way a reporting clause is built, tried in {@link #RULES} order; null lets the next rule decide. */
    interface Rule {
        @Nullable
        Decision apply(Attributions self, Site site);
    }

    /** A rule and the name tests and readers know it by. */
    record NamedRule(String name, Rule rule) {}

    /**
     * The clause rules, in the order they are tried on a reporting verb; the last always decides.
     * Each is a method below, with an example in its Javadoc.
     */
    static final List<NamedRule> RULES = List.of(
            new NamedRule("asked-when", ClauseRules::askedWhen),
            new NamedRule("as-clause", ClauseRules::asClause),
            new NamedRule("passive-be", ClauseRules::passiveBe),
            new NamedRule("infinitive", ClauseRules::infinitive),
            new NamedRule("issued-participle", ClauseRules::issuedParticiple),
            new NamedRule("be-or-as-before", ClauseRules::beOrAsBefore),
            new NamedRule("after-comma", ClauseRules::afterComma),
            new NamedRule("inverted", ClauseRules::invertedRule),
            new NamedRule("relative-pronoun", ClauseRules::relativePronoun),
            new NamedRule("subject-phrase", ClauseRules::subjectPhrase));

    private static Decision found(@Nullable Attribution a) {
        return new Decision(a);
    }

    /** "Asked about the plan, she said", "when asked, he said": the one asked is the speaker, later. */
    private static @Nullable Decision askedWhen(Attributions self, Site x) {
        if (Doc.lower(x.t()).equals("asked")
                && (x.k() == 0 || Set.of("when", "if", "after", "once").contains(Doc.lower(x.ts().get(x.k() - 1))))) {
            return found(self.asked(x.s(), x.ts(), x.k(), x.cue()));
        }
        return null;
    }

    /** "as reported by the agency": the speaker follows the cue. */
    private static @Nullable Decision asClause(Attributions self, Site x) {
        return x.k() > 0 && Doc.lower(x.ts().get(x.k() - 1)).equals("as")
                ? found(self.passive(x.s(), x.ts(), x.k(), x.cue()))
                : null;
    }

    /** "the race was called", "he was asked": the subject is not the speaker. */
    private static @Nullable Decision passiveBe(Attributions self, Site x) {
        return x.passiveBe() ? found(self.passive(x.s(), x.ts(), x.k(), x.cue())) : null;
    }

    /** "was quick to retort", "went on to say": the speaker is the sentence's subject. */
    private static @Nullable Decision infinitive(Attributions self, Site x) {
        if (x.k() > 0 && Doc.lower(x.ts().get(x.k() - 1)).equals("to") && x.j() < x.k() - 1) {
            Phrase subject = self.subjects.sentenceSubject(x.ts(), x.k() - 1);
            return found(
                    subject == null
                            ? null
                            : Attribution.at(x.s(), x.cue(), self.subjects.subjectMention(x.ts(), subject)));
        }
        return null;
    }

    /**
     * "released a statement on Tuesday saying": the sentence's subject issued the words, when the
     * phrase before the participle is no speaker (a time, an institution's document).
     */
    private static @Nullable Decision issuedParticiple(Attributions self, Site x) {
        if (!x.participle() || x.j() < 0 || x.afterPunctuation()) {
            return null;
        }
        Phrase np = self.phrases.left(x.ts(), x.j());
        Mention m = np == null ? null : self.phrases.classify(x.ts(), np.first(), np.last());
        if (m == null
                || Lexicon.TIME_WORDS.contains(m.head())
                || (m.kind() == MentionKind.GROUP && Lexicon.INSTITUTIONS.contains(m.head()))) {
            Phrase subject = self.subjects.sentenceSubject(x.ts(), x.j() + 1);
            if (subject != null) {
                return found(Attribution.at(x.s(), x.cue(), self.subjects.subjectMention(x.ts(), subject)));
            }
        }
        return null;
    }

    /** "it is said", "as said": a form of "be" or "as" right before the cue reads as passive. */
    private static @Nullable Decision beOrAsBefore(Attributions self, Site x) {
        if (x.j() >= 0
                && !x.participle()
                && (x.before().lemma().equals("be") || Doc.lower(x.before()).equals("as"))) {
            return found(self.passive(x.s(), x.ts(), x.k(), x.cue()));
        }
        return null;
    }

    /**
     * A comma right before the cue: an appositive speaker ("Smith, the mayor, said"), a finding's
     * subject ("The poll, released on Wednesday by the institute, showed Ortiz ahead"), and never an
     * inverted finding ("…, showed Mrs. Ortiz leading").
     */
    private static @Nullable Decision afterComma(Attributions self, Site x) {
        if (x.j() < 0 || !x.before().text().equals(",") || x.participle()) {
            return null;
        }
        Attribution a = self.appositive(x.s(), x.ts(), x.j(), x.k(), x.cue());
        if (a != null) {
            return found(a);
        }
        if (!Lexicon.FINDING_CUES.contains(x.lemma())) {
            return null;
        }
        Phrase finding = self.subjects.findingBeforeComma(x.ts(), x.j());
        if (finding == null) {
            return found(null);
        }
        Mention fm = self.phrases.classify(x.ts(), finding.first(), finding.last());
        return found(new Attribution(
                x.s(),
                x.cue(),
                fm,
                new Span(x.ts().get(finding.first()).start(), self.subjects.clauseEnd(x.ts(), x.k())),
                null,
                false));
    }

    /** The cue opens the sentence or follows punctuation or "and": "…,” said Smith", "and added". */
    private static @Nullable Decision invertedRule(Attributions self, Site x) {
        return x.afterPunctuation()
                ? found(self.inverted(x.s(), x.ts(), x.k(), x.j(), x.cue(), x.participle(), x.earlier()))
                : null;
    }

    /** "officials, who said": the speaker is the phrase the relative pronoun refers to. */
    private static @Nullable Decision relativePronoun(Attributions self, Site x) {
        if (!Subjects.RELATIVES.contains(Doc.lower(x.before()))
                || !x.before().pos().equals("PRON")) {
            return null;
        }
        int e = x.j() - 1;
        if (e >= 0 && x.ts().get(e).text().equals(",")) {
            e--;
        }
        Phrase np = self.phrases.left(x.ts(), e);
        return found(
                np == null
                        ? null
                        : Attribution.at(x.s(), x.cue(), self.phrases.classify(x.ts(), np.first(), np.last())));
    }

    /**
     * The phrase before the cue is its subject ("The minister said", "…, a USA Today analysis of newly
     * filed reports shows."), or a longer subject with modifiers ({@link Attributions#longSubject}).
     */
    private static Decision subjectPhrase(Attributions self, Site x) {
        List<Token> ts = x.ts();
        int k = x.k();
        Phrase np = self.subjects.extended(ts, self.phrases.left(ts, x.j()));
        if (np == null
                || (np.first() > 0 && ts.get(np.first() - 1).pos().equals("ADP"))
                || (np.first() == np.last()
                        && ts.get(np.first()).pos().equals("NUM")
                        && k + 1 < ts.size()
                        && ts.get(k + 1).pos().equals("NOUN"))) {
            return found(self.longSubject(x.s(), ts, k, x.cue()));
        }
        Mention m = self.phrases.classify(ts, np.first(), np.last());
        if (Lexicon.TIME_WORDS.contains(m.head())) {
            // "A poll from Marquette released Wednesday found": the subject is further left
            return found(self.longSubject(x.s(), ts, k, x.cue()));
        }
        boolean post = np.first() == 0
                || Attributions.OPENERS_BEFORE_POSTPOSED.contains(
                        ts.get(np.first() - 1).text());
        int comma = post ? -1 : self.subjects.commaBefore(ts, np.first(), k);
        if (comma >= 0) {
            // "…, a USA Today analysis of newly filed reports shows.": the subject runs back to the comma
            np = new Phrase(comma + 1, np.last());
            m = self.phrases.classify(ts, np.first(), np.last());
            post = true;
        }
        if (np.first() > 0 && post && !Attributions.speakerLike(m)) {
            return found(null);
        }
        return found(new Attribution(
                x.s(), x.cue(), m, new Span(ts.get(np.first()).start(), self.subjects.clauseEnd(ts, k)), null, post));
    }
}
