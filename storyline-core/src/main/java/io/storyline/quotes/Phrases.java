package io.storyline.quotes;

import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.names.NameType;
import io.storyline.nlp.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Noun phrases around reporting verbs, and what kind of speaker mention each one is. */
final class Phrases {

    /** Titles that only stand before a person's name. */
    private static final Set<String> PERSON_TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "dr",
            "president",
            "sen",
            "senator",
            "rep",
            "representative",
            "gov",
            "governor",
            "mayor");

    private static final int MAX_NP = 14;
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    private final Doc doc;

    Phrases(Doc doc) {
        this.doc = doc;
    }

    static boolean possessiveMark(Token t) {
        String s = t.text();
        return s.equals("'s") || s.equals("’s") || s.equals("‘s") || s.equals("'") || s.equals("’");
    }

    /** A word with the possessive glued on: "Putin’s" as one token. */
    static boolean possessiveWord(Token t) {
        String s = t.text();
        return s.length() > 2 && (s.endsWith("'s") || s.endsWith("’s") || s.endsWith("‘s"));
    }

    static boolean nounLike(Token t) {
        return switch (Doc.tag(t)) {
            case "PROPN", "NOUN", "NUM", "X" -> true;
            case "ADJ" ->
                Lexicon.ANONYMOUS.contains(Doc.lower(t))
                        || Lexicon.ROLES.contains(Doc.lower(t))
                        || Lexicon.QUANTITIES.contains(Doc.lower(t));
            case "ADV", "DET" -> Lexicon.QUANTITIES.contains(Doc.lower(t));
            default -> false;
        };
    }

    /** A noun, or a capitalised word inside a found name whatever its tag ("Trump/VERB swiftly said"). */
    boolean nominal(Token t) {
        return nounLike(t) || named(t);
    }

    /** A capitalised word inside a name mention. */
    boolean named(Token t) {
        return t.capitalised() && (doc.nameAt(t.start()) != null || doc.personWord(t.text()));
    }

    private boolean npInner(List<Token> ts, int j) {
        Token t = ts.get(j);
        if (nominal(t) || t.pos().equals("ADJ") || possessiveMark(t)) {
            return true;
        }
        if (t.text().equals("-") || t.text().equals("‑")) {
            return j > 0 && j + 1 < ts.size();
        }
        return false;
    }

    /** The noun phrase ending at token {@code end} (inclusive), or null. */
    @Nullable
    Phrase left(List<Token> ts, int end) {
        if (end < 0 || end >= ts.size() || doc.quoted(ts.get(end))) {
            return null;
        }
        Token last = ts.get(end);
        if (last.pos().equals("PRON") && Lexicon.PRONOUNS.contains(last.lemma())) {
            return new Phrase(end, end);
        }
        int j = end;
        boolean sawNoun = false;
        while (j >= 0 && end - j < MAX_NP && !doc.quoted(ts.get(j))) {
            Token t = ts.get(j);
            if (npInner(ts, j)) {
                sawNoun |= nominal(t);
                j--;
            } else if (t.pos().equals("DET") || (POSSESSIVE_PRONOUNS.contains(Doc.lower(t)) && j < end)) {
                j--;
                break;
            } else if (j > 0
                    && j < end
                    && (Doc.lower(t).equals("of") || Doc.lower(t).equals("and"))
                    && nominal(ts.get(j - 1))
                    && ts.get(j + 1).pos().equals("PROPN")) {
                j--;
            } else {
                break;
            }
        }
        return sawNoun ? new Phrase(j + 1, end) : null;
    }

    /** The noun phrase starting at token {@code start}, or null. */
    @Nullable
    Phrase right(List<Token> ts, int start, boolean long_) {
        if (start >= ts.size() || doc.quoted(ts.get(start))) {
            return null;
        }
        Token first = ts.get(start);
        if (first.pos().equals("PRON") && Lexicon.PRONOUNS.contains(first.lemma())) {
            return new Phrase(start, start);
        }
        int j = start;
        if (first.pos().equals("DET") || POSSESSIVE_PRONOUNS.contains(Doc.lower(first))) {
            j++;
        }
        boolean sawNoun = false;
        while (j < ts.size() && j - start < MAX_NP && !doc.quoted(ts.get(j))) {
            Token t = ts.get(j);
            if (npInner(ts, j)) {
                sawNoun |= nominal(t);
                j++;
            } else if (sawNoun
                    && j + 1 < ts.size()
                    && (Doc.lower(t).equals("of") || Doc.lower(t).equals("and"))
                    && ts.get(j + 1).pos().equals("PROPN")) {
                j++;
            } else if (long_ && sawNoun && (t.pos().equals("ADP") || t.pos().equals("DET"))) {
                j++;
            } else {
                break;
            }
        }
        int end = j - 1;
        if (!sawNoun) {
            // "the military", "the rich": a determiner and an adjective used as a noun
            boolean adjectival = j > start + 1
                    && ts.get(start).pos().equals("DET")
                    && ts.get(end).pos().equals("ADJ");
            return adjectival ? new Phrase(start, end) : null;
        }
        while (end > start && !nominal(ts.get(end))) {
            end--;
        }
        return new Phrase(start, end);
    }

    /** Classifies the phrase {@code ts[a..b]} (inclusive) as a speaker mention. */
    Mention classify(List<Token> ts, int a, int b) {
        Span span = new Span(ts.get(a).start(), ts.get(b).end());
        Token first = ts.get(a);
        if (a == b && first.pos().equals("PRON")) {
            return pronoun(span, first);
        }
        if (POSSESSIVE_PRONOUNS.contains(Doc.lower(first)) && !Doc.lower(first).equals("its")) {
            // "their assessments", "his words": the possessor is the source
            return pronoun(new Span(first.start(), first.end()), first);
        }
        int c = coreEnd(ts, a, b);
        int r = a;
        for (int k = a; k < c; k++) {
            if (possessiveMark(ts.get(k)) || possessiveWord(ts.get(k))) {
                r = k + 1;
            }
        }
        int q = c + 1;
        while (q - 1 >= r
                && (ts.get(q - 1).pos().equals("PROPN") || named(ts.get(q - 1)))
                && ts.get(q - 1).capitalised()) {
            q--;
        }
        if (q == c && genericWord(ts.get(c))) {
            return described(ts, a, r, c, span);
        }
        if (q <= c) {
            return named(ts, a, r, q, c, span);
        }
        return described(ts, a, r, c, span);
    }

    /** A capitalised common noun such as a sentence-initial "Observers" or "Officials". */
    private static boolean genericWord(Token t) {
        String l = Doc.lower(t);
        String singular = l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
        return Lexicon.ANONYMOUS.contains(l) || Lexicon.ANONYMOUS.contains(singular);
    }

    private static Mention pronoun(Span span, Token t) {
        String l = Doc.lower(t);
        String lemma = switch (l) {
            case "his" -> "he";
            case "her" -> "she";
            case "their", "them" -> "they";
            case "our", "us" -> "we";
            case "my", "me" -> "i";
            default -> l;
        };
        boolean self = lemma.equals("i") || lemma.equals("we") || lemma.equals("you");
        return new Mention(
                span, self ? MentionKind.SELF : MentionKind.PRONOUN, lemma, lemma.equals("they"), null, null);
    }

    /** The end of the phrase's first chunk: before a preposition or an adjective after the head. */
    private static int coreEnd(List<Token> ts, int a, int b) {
        for (int k = a + 1; k <= b; k++) {
            Token t = ts.get(k);
            boolean ofInName = Doc.lower(t).equals("of")
                    && k + 1 <= b
                    && ts.get(k + 1).pos().equals("PROPN")
                    && ts.get(k - 1).capitalised();
            boolean hyphenated = ts.get(k - 1).end() == t.start()
                    && (ts.get(k - 1).text().equals("-") || ts.get(k - 1).text().equals("‑"));
            if (t.pos().equals("ADP") && !ofInName && !possessiveMark(t) && !hyphenated) {
                return k - 1;
            }
            boolean adpNext = k == b
                    || ts.get(k + 1).pos().equals("ADP")
                    || Doc.lower(ts.get(k + 1)).equals("to");
            if (t.pos().equals("ADJ")
                    && adpNext
                    && nounLike(ts.get(k - 1))
                    && !ts.get(k - 1).pos().equals("PROPN")) {
                return k - 1;
            }
        }
        return b;
    }

    private Mention named(List<Token> ts, int a, int r, int q, int c, Span span) {
        int q2 = q;
        for (int k = q; k < c; k++) {
            if (Lexicon.TITLES.contains(Doc.bare(ts.get(k).text()))) {
                q2 = k + 1;
            }
        }
        String runText = doc.text.substring(ts.get(q2).start(), ts.get(c).end());
        Name name = doc.nameAt(ts.get(c).start());
        int roleFrom = r;
        while (roleFrom < q2 && ts.get(roleFrom).pos().equals("DET")) {
            roleFrom++;
        }
        String role = roleFrom < q2
                ? doc.text.substring(ts.get(roleFrom).start(), ts.get(q2 - 1).end())
                : null;
        boolean titled = q2 > q || hasRoleWord(ts, roleFrom, q2);
        boolean group =
                !titled && name != null && (name.type() == NameType.ORGANIZATION || name.type() == NameType.PLACE);
        if (group && Lexicon.TITLES.contains(Doc.bare(ts.get(c).text()))) {
            group = false;
        }
        String head = Doc.bare(ts.get(c).text());
        if (q2 == c && Lexicon.TITLES.contains(head)) {
            return described(ts, a, r, c, span);
        }
        if (group) {
            return new Mention(span, MentionKind.GROUP, head, false, doc.canonical(name, runText), role);
        }
        return new Mention(span, MentionKind.NAMED, head, false, doc.canonical(name, runText), role);
    }

    private static boolean hasRoleWord(List<Token> ts, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.ROLES.contains(ts.get(k).lemma())
                    || Lexicon.TITLES.contains(Doc.bare(ts.get(k).text()))) {
                return true;
            }
        }
        return false;
    }

    private Mention described(List<Token> ts, int a, int r, int c, Span span) {
        Token head = ts.get(c);
        String lemma = head.lemma();
        if (head.pos().equals("PROPN")
                && lemma.endsWith("s")
                && Lexicon.ANONYMOUS.contains(lemma.substring(0, lemma.length() - 1))) {
            lemma = lemma.substring(0, lemma.length() - 1); // a capitalised "Observers" tagged as a name
        }
        String det = ts.get(a).pos().equals("DET") ? Doc.lower(ts.get(a)) : "";
        boolean plural = (!Doc.lower(head).equals(lemma) && Doc.lower(head).endsWith("s"))
                || lemma.equals("people")
                || Set.of("some", "many", "several", "two", "three", "four", "other", "others")
                        .contains(det.isEmpty() ? Doc.lower(ts.get(a)) : det);
        boolean definite = DEFINITE.contains(det) || r > a;
        if (Lexicon.ANONYMOUS.contains(lemma) && !(definite && !plural && Lexicon.ROLES.contains(lemma))) {
            if (definite && !plural) {
                return new Mention(span, MentionKind.DESCRIPTION, lemma, false, null, null);
            }
            return new Mention(span, MentionKind.ANONYMOUS, lemma, plural, null, null);
        }
        if (Lexicon.ROLES.contains(lemma)) {
            if (det.equals("a") || det.equals("an") || plural) {
                return new Mention(span, MentionKind.ANONYMOUS, lemma, plural, null, null);
            }
            return new Mention(span, MentionKind.DESCRIPTION, lemma, false, null, null);
        }
        int from = det.isEmpty() ? a : a + 1;
        if (from < c
                && c - from <= 3
                && PERSON_TITLES.contains(Doc.bare(ts.get(from).text()))
                && ts.subList(from, c + 1).stream().allMatch(Token::capitalised)
                && !Lexicon.INSTITUTIONS.contains(Doc.lower(head))) {
            // "President Lee/NOUN": a title before a capitalised word the tagger did not call a name
            String person =
                    doc.text.substring(ts.get(from + 1).start(), ts.get(c).end());
            String title = doc.text.substring(ts.get(from).start(), ts.get(from).end());
            return new Mention(span, MentionKind.NAMED, Doc.lower(head), false, person, title);
        }
        String name =
                doc.text.substring(ts.get(Math.min(from, c)).start(), ts.get(c).end());
        return new Mention(span, MentionKind.GROUP, lemma, plural, name, null);
    }
}
