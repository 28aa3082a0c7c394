package io.storyline.names;

import io.storyline.core.Span;
import io.storyline.nlp.Sentence;
import io.storyline.nlp.Token;
import io.storyline.text.Fold;
import io.storyline.text.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds names of people, organisations and places from POS tags and cue words (no statistical
 * NER model: none with an Apache licence exists for English on Maven Central).
 *
 * <p>A name is a maximal run of proper nouns, which may hold the connectors "of", "de", "for" and
 * "&amp;" between two proper nouns; leading titles ("President", "Dr.") are cues, not part of the
 * name. The type comes from cues: a title or a speech verb makes a person, an organisation word
 * ("Ministry", "Bank", "Party") an organisation, a place word or a locative preposition a place.
 * Within one article, a single word that ends an earlier multi-word person name resolves to it.
 * Thread-safe and stateless; linear in the number of tokens.
 */
public final class RuleNameFinder {

    private static final Set<String> TITLES = WordList.set(RuleNameFinder.class, "titles.txt");
    private static final Set<String> ORG_WORDS = WordList.set(RuleNameFinder.class, "organisation-words.txt");
    private static final Set<String> PLACE_WORDS = WordList.set(RuleNameFinder.class, "place-words.txt");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "to", "across", "outside");
    private static final Set<String> SPEECH_LEMMAS = Set.of("say", "tell", "add", "ask", "write", "state", "warn");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "for", "&", "von", "van", "al", "bin");
    private static final Set<String> NOT_NAMES = WordList.set(RuleNameFinder.class, "not-names.txt");

    /** Names in the given sentences of {@code text}, in text order. */
    public List<Name> find(String text, List<Sentence> sentences) {
        List<Name> raw = new ArrayList<>();
        for (Sentence s : sentences) {
            findInSentence(text, s.tokens(), raw);
        }
        return resolveShortForms(raw);
    }

    private static void findInSentence(String text, List<Token> tokens, List<Name> out) {
        int i = 0;
        while (i < tokens.size()) {
            if (!isNamePart(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size()) {
                Token t = tokens.get(end);
                if (isNamePart(t) || isNameHead(t)) {
                    end++;
                } else if (CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT))
                        && end + 1 < tokens.size()
                        && isNamePart(tokens.get(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            int start = i;
            for (int k = i; k < end - 1; k++) {
                if (TITLES.contains(bare(tokens.get(k)))) {
                    start = k + 1;
                }
            }
            if (start < end) {
                addName(text, tokens, start, end, start > i, out);
            }
            i = end;
        }
    }

    private static boolean isNamePart(Token t) {
        return t.pos().equals("PROPN")
                && t.capitalised()
                && !NOT_NAMES.contains(bare(t))
                && t.text().length() < 40;
    }

    /** A capitalised common noun that heads a name ("Authority", "River") when it follows one. */
    private static boolean isNameHead(Token t) {
        String b = bare(t);
        return t.capitalised() && (ORG_WORDS.contains(b) || PLACE_WORDS.contains(b));
    }

    private static String bare(Token t) {
        String s = t.text().toLowerCase(Locale.ROOT);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static void addName(String text, List<Token> tokens, int start, int end, boolean titled, List<Name> out) {
        Span span = new Span(tokens.get(start).start(), tokens.get(end - 1).end());
        String surface = span.of(text);
        NameType type = classify(tokens, start, end, titled);
        out.add(new Name(span, surface, type, normalise(surface)));
    }

    private static NameType classify(List<Token> tokens, int start, int end, boolean titled) {
        for (int k = start; k < end; k++) {
            if (ORG_WORDS.contains(bare(tokens.get(k)))) {
                return NameType.ORGANIZATION;
            }
        }
        if (titled) {
            return NameType.PERSON;
        }
        for (int k = start; k < end; k++) {
            if (PLACE_WORDS.contains(bare(tokens.get(k)))) {
                return NameType.PLACE;
            }
        }
        if (end < tokens.size() && SPEECH_LEMMAS.contains(tokens.get(end).lemma())) {
            return NameType.PERSON;
        }
        if (start > 0 && PLACE_PREPOSITIONS.contains(bare(tokens.get(start - 1))) && end - start <= 2) {
            return NameType.PLACE;
        }
        if (end - start >= 2 && end - start <= 4) {
            return NameType.PERSON;
        }
        return NameType.OTHER;
    }

    /** Lower case, accents removed, possessive and punctuation dropped, white space folded. */
    public static String normalise(String surface) {
        String s = Fold.lower(surface)
                .replaceAll("['’‘]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}&]+", " ")
                .trim();
        return s.isEmpty() ? surface.toLowerCase(Locale.ROOT) : s;
    }

    private static List<Name> resolveShortForms(List<Name> raw) {
        Map<String, String> lastWordToFull = new HashMap<>();
        List<Name> out = new ArrayList<>(raw.size());
        for (Name n : raw) {
            String key = n.key();
            int sp = key.lastIndexOf(' ');
            if (sp < 0 && lastWordToFull.containsKey(key)) {
                out.add(new Name(n.span(), n.text(), NameType.PERSON, lastWordToFull.get(key)));
                continue;
            }
            if (sp > 0 && n.type() == NameType.PERSON) {
                lastWordToFull.putIfAbsent(key.substring(sp + 1), key);
            }
            out.add(n);
        }
        return List.copyOf(out);
    }
}
