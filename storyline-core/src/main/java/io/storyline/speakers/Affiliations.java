package io.storyline.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The party or organisation a speaker belongs to or speaks for, read from the words written next to
 * the name: a party ("Rep. Ana Ruiz, D-Ore." and "a Republican of Idaho" → "Democratic Party",
 * "Republican Party"), an organisation after "for", "of", "at" or "with" ("a spokeswoman for the
 * Harlan campaign" → "Harlan campaign", "board member for Clean Harbour Now" → "Clean Harbour Now"),
 * a possessor ("the Gazette's editor" → "Gazette"), or the capitalised words before a title
 * ("Nebraska Attorney General" → "Nebraska", "Harlan campaign spokeswoman" → "Harlan campaign").
 * Finer than a side (a country): it is what a reader means by "the Obama campaign said". Stateless.
 */
final class Affiliations {

    /** A legislator's party tag right after the name: ", R-Ky.", "(D-N.Y.)", "(R)". */
    private static final Pattern PARTY_TAG =
            Pattern.compile("^\\s*(?:,\\s*|\\(\\s*)([DRI])(?:-[A-Z][A-Za-z.]*|\\s*\\))");

    private static final Pattern PARTY_WORD = Pattern.compile("\\b(Republican|Democrat|Democratic|GOP)\\b");

    /** A party tag anywhere in a role: "spokesman for House Speaker Ann Lowe (R-Ohio)". */
    private static final Pattern PARTY_TAG_INSIDE = Pattern.compile("\\(([DR])-[A-Z][A-Za-z.]*\\)");

    /** "for the Harlan campaign", "at Clean Harbour Now": capitalised words, maybe a group noun. */
    private static final Pattern FOR_ORG = Pattern.compile(
            "\\b(?:for|of|at|with)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}&.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}&.'’-]*)"
                    + "(\\s+(?:campaign|committee|caucus|team|organization|organisation|group))?");

    private static final Pattern POSSESSOR =
            Pattern.compile("^(?:the\\s+)?((?:\\p{Lu}[\\p{L}&.-]*\\s+){0,3}\\p{Lu}[\\p{L}&.-]*)['’]s\\s+(.+)$");

    private static final Set<String> GROUP_NOUNS = Set.of("campaign", "committee", "caucus", "team");

    private static final Set<String> NOT_ORGANISATIONS = Set.of(
            "the", "a", "an", "former", "current", "then", "new", "longtime", "senior", "top", "acting", "interim");

    private Affiliations() {}

    /** A party named by a tag right after a name ("Rep. Ana Ruiz, D-Ore."), as a cue word. */
    static Optional<String> partyTag(String afterName) {
        Matcher m = PARTY_TAG.matcher(afterName);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(
                switch (m.group(1)) {
                    case "R" -> "Republican";
                    case "D" -> "Democrat";
                    default -> "Independent";
                });
    }

    /**
     * The affiliation named in {@code cue} (a title written before a name, an appositive after it, or
     * a party cue word), or empty.
     *
     * @param isPerson whether a capitalised word is a person's name in this story; a person is not an
     *     organisation ("a spokesman for Mr. Reid")
     */
    static Optional<String> of(String cue, Predicate<String> isPerson) {
        String text = cue.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher party = PARTY_WORD.matcher(text);
        if (party.find()) {
            return Optional.of(
                    party.group(1).equals("Republican") || party.group(1).equals("GOP")
                            ? "Republican Party"
                            : "Democratic Party");
        }
        if (text.equals("Independent")) {
            return Optional.of("Independent");
        }
        Matcher inside = PARTY_TAG_INSIDE.matcher(text);
        if (inside.find()) {
            return Optional.of(inside.group(1).equals("R") ? "Republican Party" : "Democratic Party");
        }
        Matcher org = FOR_ORG.matcher(text);
        while (org.find()) {
            String name = org.group(1).strip();
            if (organisation(name, org.group(2) != null, isPerson)) {
                return Optional.of(
                        org.group(2) == null ? name : name + " " + org.group(2).strip());
            }
        }
        Matcher possessor = POSSESSOR.matcher(text);
        if (possessor.find()) {
            String rest = possessor.group(2).toLowerCase(Locale.ROOT);
            String group = GROUP_NOUNS.stream()
                    .filter(g -> rest.matches(".*\\b" + g + "\\b.*"))
                    .findFirst()
                    .orElse("");
            if (organisation(possessor.group(1), !group.isEmpty(), isPerson)) {
                return Optional.of((possessor.group(1) + " " + group).strip());
            }
        }
        return leading(text, isPerson);
    }

    /** "Nebraska Attorney General", "Harlan campaign spokeswoman": the words before the title. */
    private static Optional<String> leading(String text, Predicate<String> isPerson) {
        String[] words = text.split("\\s+");
        List<String> kept = new ArrayList<>();
        int i = 0;
        while (i < words.length && NOT_ORGANISATIONS.contains(words[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        for (; i < words.length; i++) {
            String w = words[i].replaceAll("[,;:]+$", "");
            boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
            if (capitalised && !SpeakerNames.isRoleWord(w.replace(".", ""))) {
                kept.add(w);
            } else if (!kept.isEmpty() && GROUP_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                kept.add(w.toLowerCase(Locale.ROOT));
                i++;
                break;
            } else {
                break;
            }
        }
        boolean titleFollows = i < words.length && SpeakerNames.isRoleWord(words[i].replaceAll("[.,]+$", ""));
        boolean grouped = !kept.isEmpty() && GROUP_NOUNS.contains(kept.get(kept.size() - 1));
        String name = String.join(" ", kept);
        if (kept.isEmpty() || !titleFollows || !organisation(name, grouped, isPerson)) {
            return Optional.empty();
        }
        return Optional.of(name.replaceAll("['’]s\\b", ""));
    }

    /**
     * Whether {@code name} names an organisation: not a person with a title ("Mr. Reid", "Speaker John
     * Boehner"), and not a person's name unless a group noun follows ("the Harlan campaign").
     */
    private static boolean organisation(String name, boolean grouped, Predicate<String> isPerson) {
        String[] words = name.split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || SpeakerNames.isRoleWord(words[0].replace(".", ""))) {
            return false;
        }
        if (grouped) {
            return true;
        }
        for (String w : words) {
            if (isPerson.test(w.replaceAll("['’]s$", ""))) {
                return false;
            }
        }
        return true;
    }
}
