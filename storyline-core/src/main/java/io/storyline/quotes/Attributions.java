package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds reporting clauses sentence by sentence from POS tags, lemmas and a cue lexicon: at each token
 * that is a reporting verb ({@link CueForms}) the first of the named {@link ClauseRules} that decides
 * builds the attribution, with the subject found by {@link Subjects}; {@link ReportedWords} then finds
 * what each clause reports. One instance per document; not thread-safe.
 */
final class Attributions {

    static final Set<String> OPENERS_BEFORE_POSTPOSED = Set.of(",", "–", "—", "―", "”", "\"", "’", "''", ":", ";");

    /** Headline cues the name finder may take into a name ("Obama Says Museum Will Open"). */
    private static final Set<String> HEADLINE_CUES = Set.of("Says", "Tells", "Warns", "Claims", "Slams");

    private final Doc doc;
    final Phrases phrases;
    final Subjects subjects;
    private final ReportedWords reported;
    private @Nullable Attribution carry;

    Attributions(Doc doc) {
        this.doc = doc;
        this.phrases = new Phrases(doc);
        this.subjects = new Subjects(doc, phrases);
        this.reported = new ReportedWords(doc);
    }

    List<Attribution> find() {
        List<Attribution> out = new ArrayList<>();
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<Attribution> local = new ArrayList<>();
            List<Token> ts = doc.sentences.get(s).tokens();
            carry = null;
            if (!out.isEmpty() && !ts.isEmpty()) {
                Attribution last = out.get(out.size() - 1);
                if (last.sentence() == s - 1
                        && doc.lineStart(last.cue().start())
                                == doc.lineStart(ts.get(0).start())) {
                    carry = last;
                }
            }
            for (int k = 0; k < ts.size(); k++) {
                Attribution a = at(s, ts, k, local);
                if (a != null) {
                    local.add(a);
                }
            }
            for (Attribution a : local) {
                out.addAll(reported.of(s, ts, a, local));
            }
        }
        return out;
    }

    /** The attribution of the reporting verb at {@code k}, or null. */
    private @Nullable Attribution at(int s, List<Token> ts, int k, List<Attribution> earlier) {
        ClauseRules.Site site = site(s, ts, k, earlier);
        if (site == null) {
            return Doc.lower(ts.get(k)).equals("according") && !doc.quoted(ts.get(k)) ? accordingTo(s, ts, k) : null;
        }
        for (ClauseRules.NamedRule r : ClauseRules.RULES) {
            ClauseRules.Decision d = r.rule().apply(this, site);
            if (d != null) {
                return d.attribution();
            }
        }
        throw new IllegalStateException("the last rule always decides");
    }

    /** The name of the rule that decides on the reporting verb at {@code k}, or null when there is none. */
    @Nullable
    String ruleAt(int s, List<Token> ts, int k) {
        ClauseRules.Site site = site(s, ts, k, List.of());
        if (site == null) {
            return null;
        }
        for (ClauseRules.NamedRule r : ClauseRules.RULES) {
            if (r.rule().apply(this, site) != null) {
                return r.name();
            }
        }
        return null;
    }

    /** "according to X": the attribution, or null when the words are not followed by "to". */
    private @Nullable Attribution accordingTo(int s, List<Token> ts, int k) {
        return k + 1 < ts.size() && Doc.lower(ts.get(k + 1)).equals("to") ? according(s, ts, k) : null;
    }

    /** The site of a reporting verb at {@code k}, or null when the token is no reporting verb. */
    private ClauseRules.@Nullable Site site(int s, List<Token> ts, int k, List<Attribution> earlier) {
        Token t = ts.get(k);
        if (doc.quoted(t)
                || (Doc.lower(t).equals("according")
                        && k + 1 < ts.size()
                        && Doc.lower(ts.get(k + 1)).equals("to"))) {
            return null;
        }
        String lemma = CueForms.cueLemma(t);
        if (lemma == null) {
            lemma = CueForms.pastTense(t, k + 1 < ts.size() ? ts.get(k + 1) : null);
        }
        if (lemma == null && k > 0 && ts.get(k - 1).text().equals(",") && k + 1 < ts.size()) {
            // "…, writing/NOUN “I …": a participle before a quote mark, whatever its tag
            lemma = CueForms.participleBeforeQuote(t, ts.get(k + 1));
        }
        if (lemma == null && k > 0 && Lexicon.FINDINGS.contains(ts.get(k - 1).lemma())) {
            // "a poll shows/NOUN Clinton ahead"
            lemma = CueForms.FINDING_FORMS.get(Doc.lower(t));
        }
        if (lemma == null || (phrases.named(t) && !HEADLINE_CUES.contains(t.text()))) {
            return null;
        }
        if (!Lexicon.CLAUSE_CUES.contains(lemma)
                && !Lexicon.SPEECH_ONLY.contains(lemma)
                && !Lexicon.OBJECT_CUES.contains(lemma)
                && !Lexicon.FINDING_CUES.contains(lemma)) {
            return null;
        }
        int j = k - 1;
        boolean passiveBe = false;
        while (j >= 0 && Subjects.skippable(ts.get(j))) {
            passiveBe |= ts.get(j).lemma().equals("be") && !Doc.lower(t).endsWith("ing");
            j--;
        }
        if (j > 1 && ts.get(j).text().equals(")")) {
            // "Gov. Phil Bryant (R) said": the subject is before the parenthesis
            int open = j - 1;
            while (open > 0 && j - open < 8 && !ts.get(open).text().equals("(")) {
                open--;
            }
            if (ts.get(open).text().equals("(") && open > 0 && phrases.nominal(ts.get(open - 1))) {
                j = open - 1;
            }
        }
        return new ClauseRules.Site(
                s,
                ts,
                k,
                t,
                lemma,
                new Span(t.start(), t.end()),
                j,
                passiveBe,
                Doc.lower(t).endsWith("ing"),
                earlier);
    }

    /**
     * A subject carrying a relative clause or modifiers before its verb: "Executives who have worked
     * with him say", "Several people I have spoken with said", "Among voters, nearly half said". The
     * subject is the first phrase of the clause (after a fronted phrase and its comma); nothing
     * between it and the cue may end a clause.
     */
    @Nullable
    Attribution longSubject(int s, List<Token> ts, int k, Span cue) {
        int b = 0;
        if (Set.of("ADP", "SCONJ").contains(Doc.tag(ts.get(0)))) {
            b = -1;
            for (int i = 1; i < k; i++) {
                if (ts.get(i).text().equals(",")) {
                    b = i + 1;
                    break;
                }
            }
            if (b < 0) {
                return null;
            }
        }
        while (b < k && ts.get(b).pos().equals("ADV")) {
            b++;
        }
        if (b >= k || k - b > 16) {
            return null;
        }
        for (int i = b; i < k; i++) {
            Token t = ts.get(i);
            if (doc.quoted(t) || Set.of(",", ";", ":", "(", "–", "—").contains(t.text())) {
                return null;
            }
        }
        Phrase np = phrases.right(ts, b, false);
        if (np == null) {
            if (!Lexicon.QUANTITIES.contains(Doc.lower(ts.get(b)))
                    && !Set.of("those", "these", "others", "both").contains(Doc.lower(ts.get(b)))) {
                return null;
            }
            np = new Phrase(b, b);
        }
        if (np.last() >= k - 1 || !Set.of("PRON", "ADP", "VERB", "AUX").contains(Doc.tag(ts.get(np.last() + 1)))) {
            return null;
        }
        Mention m = phrases.classify(ts, np.first(), np.last());
        return new Attribution(
                s, cue, m, new Span(ts.get(np.first()).start(), subjects.clauseEnd(ts, k)), null, b == 0);
    }

    /** Whether a phrase can plausibly be the speaker of a postposed clause ("…, the ministry said"). */
    static boolean speakerLike(Mention m) {
        return m.kind() != MentionKind.GROUP
                || m.role() != null
                || m.plural()
                || Lexicon.QUANTITIES.contains(m.head())
                || Lexicon.INSTITUTIONS.contains(m.head())
                || (m.canonical() != null
                        && !m.canonical().isEmpty()
                        && Character.isUpperCase(m.canonical().charAt(0)));
    }

    @Nullable
    Attribution inverted(int s, List<Token> ts, int k, int j, Span cue, boolean participle, List<Attribution> earlier) {
        Token t = ts.get(k);
        if (participle || (j >= 0 && ts.get(j).pos().equals("CCONJ"))) {
            Mention m = inherited(ts, earlier, k, participle);
            Span clause = participle ? new Span(cue.start(), subjects.clauseEnd(ts, k)) : cue;
            return m == null ? null : new Attribution(s, cue, m, clause, null, false);
        }
        Phrase np = phrases.right(ts, Subjects.afterParticle(ts, k), false);
        if (np == null
                || (j >= 0 && !OPENERS_BEFORE_POSTPOSED.contains(ts.get(j).text()))) {
            return null;
        }
        Mention m = phrases.classify(ts, np.first(), np.last());
        if (!speakerLike(m)) {
            return null;
        }
        return new Attribution(s, cue, m, new Span(t.start(), ts.get(np.last()).end()), null, true);
    }

    private @Nullable Mention inherited(List<Token> ts, List<Attribution> earlier, int k, boolean participle) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).cue().start() < ts.get(k).start()) {
                return earlier.get(i).speaker();
            }
        }
        if (participle) {
            Mention m = subjects.clauseSubject(ts, k);
            if (m != null) {
                return m;
            }
        }
        Phrase np = subjects.sentenceSubject(ts, k);
        if (np == null) {
            return carry == null ? null : carry.speaker();
        }
        return subjects.subjectMention(ts, np);
    }

    @Nullable
    Attribution appositive(int s, List<Token> ts, int comma, int k, Span cue) {
        Phrase np = subjects.namedAfterQuote(ts, comma);
        if (np == null) {
            np = subjects.firstNamedBeforeComma(ts, comma);
        }
        if (np == null) {
            return null;
        }
        Mention m = phrases.classify(ts, np.first(), np.last());
        boolean post = np.first() > 0
                && OPENERS_BEFORE_POSTPOSED.contains(ts.get(np.first() - 1).text());
        return new Attribution(s, cue, m, new Span(ts.get(np.first()).start(), subjects.clauseEnd(ts, k)), null, post);
    }

    /**
     * "Asked whether he would run, Ortiz said …", "When asked about the plan, she …": the question is
     * reported up to the comma, and the one asked is the subject after it.
     */
    @Nullable
    Attribution asked(int s, List<Token> ts, int k, Span cue) {
        int from = k + 1;
        if (from < ts.size() && Set.of("about", "by").contains(Doc.lower(ts.get(from)))) {
            if (Doc.lower(ts.get(from)).equals("by")) {
                return null;
            }
            from++;
        }
        int comma = from;
        while (comma < ts.size() && comma - from < 40 && !ts.get(comma).text().equals(",")) {
            comma++;
        }
        if (comma >= ts.size() || comma == from || !ts.get(comma).text().equals(",")) {
            return null;
        }
        Phrase np = phrases.right(ts, comma + 1, false);
        if (np == null) {
            return null;
        }
        Mention m = phrases.classify(ts, np.first(), np.last());
        Span words = new Span(ts.get(from).start(), ts.get(comma - 1).end());
        if (doc.quotedShare(words) >= 0.5) {
            return null;
        }
        return new Attribution(s, cue, m, cue, words, false);
    }

    @Nullable
    Attribution passive(int s, List<Token> ts, int k, Span cue) {
        if (k + 1 >= ts.size() || !Doc.lower(ts.get(k + 1)).equals("by")) {
            return null;
        }
        Phrase np = phrases.right(ts, k + 2, false);
        if (np == null) {
            return null;
        }
        Mention m = phrases.classify(ts, np.first(), np.last());
        int from = k > 0 && Doc.lower(ts.get(k - 1)).equals("as") ? k - 1 : k;
        return new Attribution(
                s, cue, m, new Span(ts.get(from).start(), ts.get(np.last()).end()), null, true);
    }

    private @Nullable Attribution according(int s, List<Token> ts, int k) {
        Phrase np = phrases.right(ts, k + 2, true);
        if (np == null) {
            return null;
        }
        Mention m = phrases.classify(ts, np.first(), np.last());
        Span cue = new Span(ts.get(k).start(), ts.get(k + 1).end());
        boolean post = k > 0;
        return new Attribution(
                s, cue, m, new Span(cue.start(), ts.get(np.last()).end()), null, post);
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
