package io.storyline.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name split into given names and a surname, folded for matching.
 *
 * @param given folded given names, possibly empty ("volody", "mee")
 * @param surname the folded surname
 * @param display the name for display, parentheses removed and a glued name split
 */
record PersonName(List<String> given, String surname, String display) {

    PersonName {
        given = List.copyOf(given);
    }

    private static final int MIN_GLUED = 9;
    private static final Pattern PARENTHESES = Pattern.compile("[()]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Parses a cleaned person name. A single long word made of a known given name and a rest of at
     * least four letters ("Konstantinkosachev") is split when {@code knownSurnames} holds the rest
     * or the given name is a known one.
     */
    static PersonName parse(String cleaned, Set<String> knownGiven, Set<String> knownSurnames) {
        List<String> words = new ArrayList<>();
        for (String w :
                SPACES.split(PARENTHESES.matcher(cleaned).replaceAll(" ").trim())) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return new PersonName(List.of(), NameMatch.fold(cleaned), cleaned);
        }
        if (words.size() == 1) {
            return unglue(words.get(0), knownGiven, knownSurnames);
        }
        List<String> given = new ArrayList<>();
        for (String w : words.subList(0, words.size() - 1)) {
            given.add(NameMatch.fold(w));
        }
        String surname = NameMatch.fold(words.get(words.size() - 1));
        return new PersonName(given, surname, String.join(" ", words));
    }

    private static PersonName unglue(String word, Set<String> knownGiven, Set<String> knownSurnames) {
        String folded = NameMatch.fold(word);
        if (folded.length() >= MIN_GLUED && word.equals(capitalised(word))) {
            PersonName best = null;
            for (int cut = folded.length() - 4; cut >= 3; cut--) {
                String head = folded.substring(0, cut);
                String rest = folded.substring(cut);
                boolean restKnown = knownSurnames.contains(rest);
                if (restKnown || ((FirstNames.isKnown(head) || knownGiven.contains(head)) && best == null)) {
                    best = new PersonName(
                            List.of(head),
                            rest,
                            capitalised(word.substring(0, cut)) + " " + capitalised(word.substring(cut)));
                    if (restKnown) {
                        break;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return new PersonName(List.of(), folded, word);
    }

    private static String capitalised(String w) {
        return w.isEmpty()
                ? w
                : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The first given name, or "" when there is none. */
    String first() {
        return given.isEmpty() ? "" : given.get(0);
    }

    boolean hasGiven() {
        return !given.isEmpty();
    }
}
