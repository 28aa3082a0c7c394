package io.storyline.speakers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cleans a speaker string as the article-level finder gives it ("of State Marco Rubio",
 * "Washington’s", "high-ranking") into a person name, an institution, an anonymous source, or
 * nothing. Stateless apart from the immutable gazetteer.
 */
final class SpeakerNames {

    /** What a speaker string is. */
    record Candidate(String display, EntityKind kind, boolean anonymous) {}

    static final Set<String> ROLE_WORDS = words("spokesman spokeswoman spokesperson secretary minister"
            + " president presidential senator lawmaker deputy adviser advisor envoy ambassador chief head"
            + " leader director analyst official aide commander general governor mayor chancellor premier"
            + " prime foreign defence defense national security special state chairman chairwoman chair"
            + " founder editor correspondent researcher professor fellow expert economist strategist"
            + " negotiator diplomat representative press senior former longtime top vice interior finance"
            + " justice intelligence parliamentary member mp ally spy army military foreign-policy policy"
            + " political scientist counsellor counselor attorney prosecutor judge officer colonel admiral"
            + " lieutenant captain sergeant king queen prince princess crown emir sheikh sultan pope bishop"
            + " cardinal ceo executive economy trade health education energy environment culture transport"
            + " agriculture labour labor affairs sen rep gov gen col lt capt dr mr mrs ms miss sir dame"
            + " lord lady prof rev mister madame monsieur herr frau speaker commissioner assistant");

    private static final Set<String> GENERIC_HEADS = words("source sources official officials insider"
            + " insiders informant informants expert experts observer observers analyst analysts diplomat"
            + " diplomats people person someone aide aides leader leaders officer officers lawmaker lawmakers"
            + " critic critics resident residents witness witnesses member members participant participants"
            + " commentator commentators spokespeople authorities individual individuals figure figures");

    private static final Set<String> PRONOUNS = words("he she they it we i you him her them his hers their"
            + " theirs its one who whom this that these those which our us me my");

    private static final Set<String> NUMBERS = words("one two three four five six seven eight nine ten"
            + " eleven twelve dozen hundred thousand several some many both all");

    private static final Set<String> ORG_HEADS = words("ministry council house department office agency"
            + " service corporation institute team party government army military statement committee"
            + " commission parliament court bank union forces command administration embassy police navy"
            + " guard cabinet assembly senate congress regime authority authorities duma reserve company"
            + " group network foundation university press agency newspaper broadcaster channel media"
            + " delegation alliance coalition movement front bureau organisation organization");

    private static final Set<String> LEADING_DROP = words("the a an of for and by");

    private SpeakerNames() {}

    private static Set<String> words(String s) {
        return Set.copyOf(Arrays.asList(s.split(" ")));
    }

    static boolean isRoleWord(String word) {
        return ROLE_WORDS.contains(NameMatch.fold(word));
    }

    /**
     * Classifies a speaker string; null when it is a pronoun, a number or has no letters.
     *
     * @param speaker the resolved speaker string
     * @param speakerText the mention as written, used to tell anonymous descriptions ("another
     *     high-ranking Russian source")
     */
    static @Nullable Candidate classify(String speaker, @Nullable String speakerText, Sides sides) {
        List<String> tokens = tokens(speaker);
        if (tokens.isEmpty()) {
            return null;
        }
        String joined = String.join(" ", tokens);
        String lastFolded = NameMatch.fold(tokens.get(tokens.size() - 1));
        boolean hasUpper = !joined.equals(joined.toLowerCase(Locale.ROOT));
        boolean singleGeneric = tokens.size() == 1
                && (GENERIC_HEADS.contains(lastFolded)
                        || PRONOUNS.contains(lastFolded)
                        || NUMBERS.contains(lastFolded));
        if (!hasUpper || singleGeneric || (allCapsAreCues(tokens, sides) && !ORG_HEADS.contains(lastFolded))) {
            return description(tokens, speakerText, sides);
        }
        if (sides.isCue(joined) || ORG_HEADS.contains(lastFolded)) {
            return new Candidate(joined, EntityKind.INSTITUTION, false);
        }
        List<String> person = stripTitles(tokens, sides);
        return person.isEmpty() || !hasNameWord(person, sides)
                ? null
                : new Candidate(String.join(" ", person), EntityKind.PERSON, false);
    }

    private static boolean allCapsAreCues(List<String> tokens, Sides sides) {
        boolean any = false;
        for (String t : tokens) {
            if (Character.isUpperCase(t.codePointAt(0))) {
                if (!sides.isCue(t) || tokens.size() == 1) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** A speaker string without a name of its own: anonymous, unknown, or a described institution. */
    private static @Nullable Candidate description(List<String> tokens, @Nullable String speakerText, Sides sides) {
        String last = NameMatch.fold(tokens.get(tokens.size() - 1));
        if (PRONOUNS.contains(last) || (NUMBERS.contains(last) && tokens.size() == 1) || last.matches("\\d+")) {
            return null;
        }
        List<String> written = speakerText == null ? List.of() : tokens(speakerText);
        String writtenLast = written.isEmpty() ? "" : NameMatch.fold(written.get(written.size() - 1));
        if (GENERIC_HEADS.contains(last) || GENERIC_HEADS.contains(writtenLast)) {
            return new Candidate(String.join(" ", tokens), EntityKind.INSTITUTION, true);
        }
        if (!ORG_HEADS.contains(last) && tokens.size() == 1 && !sides.isCue(tokens.get(0))) {
            return null;
        }
        List<String> kept = new ArrayList<>(tokens);
        while (kept.size() > 1 && LEADING_DROP.contains(NameMatch.fold(kept.get(0)))) {
            kept.remove(0);
        }
        return new Candidate(String.join(" ", kept), EntityKind.INSTITUTION, false);
    }

    /** Drops leading titles, roles, demonyms and lower-case words, keeping at least one name word. */
    static List<String> stripTitles(List<String> tokens, Sides sides) {
        List<String> kept = new ArrayList<>(tokens);
        while (kept.size() > 1 && droppable(kept.get(0), sides) && hasNameWord(kept.subList(1, kept.size()), sides)) {
            kept.remove(0);
        }
        while (kept.size() > 1 && Set.of("jr", "sr", "ii", "iii").contains(NameMatch.fold(kept.get(kept.size() - 1)))) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    private static boolean droppable(String token, Sides sides) {
        String bare = token.replaceAll("[()]", "");
        return bare.isEmpty()
                || !Character.isUpperCase(bare.codePointAt(0))
                || isRoleWord(bare)
                || sides.isCue(bare)
                || token.endsWith("’s")
                || token.endsWith("'s");
    }

    private static boolean hasNameWord(List<String> tokens, Sides sides) {
        for (String t : tokens) {
            String bare = t.replaceAll("[()]", "");
            if (!bare.isEmpty()
                    && Character.isUpperCase(bare.codePointAt(0))
                    && !isRoleWord(bare)
                    && !sides.isCue(bare)) {
                return true;
            }
        }
        return false;
    }

    /** White-space tokens with surrounding punctuation and a final possessive removed. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String raw : s.strip().split("[\\s\\u00a0]+")) {
            String t = raw.replaceAll("^[^\\p{L}\\p{N}(]+", "").replaceAll("[^\\p{L}\\p{N})]+$", "");
            t = t.replaceAll("['’‘]s$", "").replaceAll("['’‘]$", "");
            if (t.startsWith("(") && !t.contains(")")) {
                t = t.substring(1);
            }
            if (t.endsWith(")") && !t.contains("(")) {
                t = t.substring(0, t.length() - 1);
            }
            if (!t.isEmpty() && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(t);
            }
        }
        return out;
    }
}
