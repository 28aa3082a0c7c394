package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Finds reporting clauses sentence by sentence from POS tags, lemmas and a cue lexicon. */
final class Attributions {

    static final Set<String> OPENERS_BEFORE_POSTPOSED = Set.of(",", "–", "—", "―", "”", "\"", "’", "''", ":", ";");
    /** Unambiguous reporting forms, accepted even when the tagger calls them nouns. */
    private static final java.util.Map<String, String> IRREGULAR = java.util.Map.of(
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

    /** Headline cues the name finder may take into a name ("Obama Says Museum Will Open"). */
    private static final Set<String> HEADLINE_CUES = Set.of("Says", "Tells", "Warns", "Claims", "Slams");

    /** Words a subject may run back over to the comma before it. */
    private static final int MAX_SUBJECT_RUN = 10;

    static final Set<String> RELATIVES = Set.of("who", "which", "that");
    private static final java.util.Map<String, String> FINDING_FORMS = java.util.Map.of(
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
    /** A party and state tag after a legislator's name: "D-N.Y.", "R-Calif.". */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");

    private final Doc doc;
    final Phrases phrases;
    private final ReportedWords reported;
    private @Nullable Attribution carry;

    Attributions(Doc doc) {
        this.doc = doc;
        this.phrases = new Phrases(doc);
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
        String lemma = cueLemma(t);
        if (lemma == null) {
            lemma = pastTense(t, k + 1 < ts.size() ? ts.get(k + 1) : null);
        }
        if (lemma == null && k > 0 && ts.get(k - 1).text().equals(",") && k + 1 < ts.size()) {
            // "…, writing/NOUN “I …": a participle before a quote mark, whatever its tag
            lemma = participleBeforeQuote(t, ts.get(k + 1));
        }
        if (lemma == null && k > 0 && Lexicon.FINDINGS.contains(ts.get(k - 1).lemma())) {
            // "a poll shows/NOUN Clinton ahead"
            lemma = FINDING_FORMS.get(Doc.lower(t));
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
        while (j >= 0 && skippable(ts.get(j))) {
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
     * The comma opening a subject that ends the sentence with its cue ("…, a poll of voters taken last
     * week shows."), or -1: the cue must close the sentence and the comma come within a few words.
     */
    int commaBefore(List<Token> ts, int np, int k) {
        int after = afterParticle(ts, k);
        if (after >= ts.size() || !isEnd(ts.get(after))) {
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
        return new Attribution(s, cue, m, new Span(ts.get(np.first()).start(), clauseEnd(ts, k)), null, b == 0);
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
            Span clause = participle ? new Span(cue.start(), clauseEnd(ts, k)) : cue;
            return m == null ? null : new Attribution(s, cue, m, clause, null, false);
        }
        Phrase np = phrases.right(ts, afterParticle(ts, k), false);
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

    private static @Nullable String participleBeforeQuote(Token t, Token next) {
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

    private static boolean skippable(Token t) {
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

    private @Nullable Mention inherited(List<Token> ts, List<Attribution> earlier, int k, boolean participle) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).cue().start() < ts.get(k).start()) {
                return earlier.get(i).speaker();
            }
        }
        if (participle) {
            Mention m = clauseSubject(ts, k);
            if (m != null) {
                return m;
            }
        }
        Phrase np = sentenceSubject(ts, k);
        if (np == null) {
            return carry == null ? null : carry.speaker();
        }
        return subjectMention(ts, np);
    }

    /**
     * The speaker of a participle ("…, saying"): the subject of the nearest clause before it that has a
     * person as its subject ("Her remarks came as the minister declined the offer, saying …" → the
     * minister), else null. Subjects of relative clauses and of clauses after a preposition are skipped.
     */
    private @Nullable Mention clauseSubject(List<Token> ts, int limit) {
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

    /** The mention of a subject phrase; a name the tagger took for a verb is a name. */
    Mention subjectMention(List<Token> ts, Phrase np) {
        if (np.first() == 0 && np.last() == 0 && misTaggedName(ts)) {
            Token t = ts.get(0);
            return new Mention(new Span(t.start(), t.end()), MentionKind.NAMED, Doc.lower(t), false, t.text(), null);
        }
        return phrases.classify(ts, np.first(), np.last());
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

    /**
     * Whether the sentence opens with a capitalised word tagged as a verb that is followed by an adverb
     * or a past-tense verb: a name the tagger missed ("Trump swiftly responded"), not an imperative.
     */
    private boolean misTaggedName(List<Token> ts) {
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
    private @Nullable Phrase namedAfterQuote(List<Token> ts, int limit) {
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

    private @Nullable Phrase firstNamedBeforeComma(List<Token> ts, int limit) {
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

    @Nullable
    Attribution appositive(int s, List<Token> ts, int comma, int k, Span cue) {
        Phrase np = namedAfterQuote(ts, comma);
        if (np == null) {
            np = firstNamedBeforeComma(ts, comma);
        }
        if (np == null) {
            return null;
        }
        Mention m = phrases.classify(ts, np.first(), np.last());
        boolean post = np.first() > 0
                && OPENERS_BEFORE_POSTPOSED.contains(ts.get(np.first() - 1).text());
        return new Attribution(s, cue, m, new Span(ts.get(np.first()).start(), clauseEnd(ts, k)), null, post);
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
