package io.storyline.quotes;

import io.storyline.names.Name;
import io.storyline.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people a document names outside its quotes, as {@link SpeakerResolver}'s possible antecedents:
 * each person name with the title before it and whether it is its sentence's subject, and later bare
 * surnames of those people. Records the gender its title or first name tells. One use per document.
 */
final class PersonMentions {

    private final Doc doc;

    private PersonMentions(Doc doc) {
        this.doc = doc;
    }

    /**
     * Mentions of people outside quotes: person names, and later bare surnames of those people even
     * where the tagger missed them ("Trump" tagged as a pronoun).
     */
    static List<Antecedent> of(Doc doc, Map<String, Character> genders) {
        return new PersonMentions(doc).find(genders);
    }

    private List<Antecedent> find(Map<String, Character> genders) {
        List<Antecedent> out = new ArrayList<>();
        Map<String, String> surnames = new HashMap<>();
        for (Name n : doc.names) {
            if (Doc.isPerson(n) && !doc.quoted(n.span().start())) {
                String c = doc.canonical(n, n.text());
                String role = roleBefore(n);
                out.add(new Antecedent(
                        n.span().start(),
                        c,
                        false,
                        true,
                        false,
                        role,
                        false,
                        subject(n.span().start(), n.span().end())));
                Character g = Gender.of(role + " " + n.text(), c);
                if (g != null) {
                    genders.putIfAbsent(c, g);
                }
                int sp = c.lastIndexOf(' ');
                if (sp > 0) {
                    surnames.putIfAbsent(c.substring(sp + 1).toLowerCase(Locale.ROOT), c);
                }
            }
        }
        if (!surnames.isEmpty()) {
            for (var sentence : doc.sentences) {
                for (var t : sentence.tokens()) {
                    String w = Doc.stripTitles(t.text()).toLowerCase(Locale.ROOT);
                    String c = surnames.get(w);
                    if (c != null && t.capitalised() && !doc.quoted(t) && doc.nameAt(t.start()) == null) {
                        out.add(new Antecedent(
                                t.start(), c, false, true, false, "", false, subject(t.start(), t.end())));
                    }
                }
            }
            out.sort(Comparator.comparingInt(Antecedent::at));
        }
        return out;
    }

    /**
     * Whether a name at {@code at} (ending at {@code end}) is its sentence's subject: it opens the
     * sentence after at most a conjunction and titles, or it follows a fronted phrase's comma and a
     * past-tense verb follows it ("On Friday, the day that …, Mr. Lee bashed the inquiry").
     */
    private boolean subject(int at, int end) {
        int si = doc.sentenceAt(at);
        if (si < 0) {
            return false;
        }
        if (afterCommaBeforeVerb(si, at, end)) {
            return true;
        }
        String before =
                doc.text.substring(doc.sentences.get(si).span().start(), at).trim();
        if (before.isEmpty()) {
            return true;
        }
        String[] words = before.split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            String b = Doc.bare(w);
            boolean ok = Lexicon.TITLES.contains(b)
                    || Lexicon.ROLES.contains(b)
                    || Set.of("but", "and", "so", "then", "the", "former", "later", "meanwhile")
                            .contains(b)
                    || (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.endsWith(","));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private boolean afterCommaBeforeVerb(int si, int at, int end) {
        List<Token> ts = doc.sentences.get(si).tokens();
        int k = 0;
        while (k < ts.size() && ts.get(k).start() < at) {
            k++;
        }
        while (k > 1 && Lexicon.TITLES.contains(Doc.bare(ts.get(k - 1).text()))) {
            k--;
        }
        if (k == 0 || k >= ts.size() || !ts.get(k - 1).text().equals(",")) {
            return false;
        }
        int v = k;
        while (v < ts.size() && ts.get(v).start() < end) {
            v++;
        }
        while (v < ts.size() && ts.get(v).pos().equals("ADV")) {
            v++;
        }
        if (v >= ts.size()) {
            return false;
        }
        Token verb = ts.get(v);
        String w = Doc.lower(verb);
        return verb.pos().equals("VERB") && !w.endsWith("ing") && !doc.quoted(verb);
    }

    /** The words right before a name that read as its title: letters and spaces, back to punctuation. */
    private String roleBefore(Name n) {
        int start = n.span().start();
        int from = start;
        int limit = Math.max(doc.lineStart(start), start - 60);
        while (from > limit) {
            char c = doc.text.charAt(from - 1);
            if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '.') {
                break;
            }
            from--;
        }
        String role = doc.text.substring(from, start).toLowerCase(Locale.ROOT);
        int sp = role.lastIndexOf(" the ");
        return sp >= 0 ? role.substring(sp) : role;
    }
}
