package io.storyline.speakers;

import io.storyline.text.Fold;
import io.storyline.text.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A general gazetteer from words in a role or a name to a side: country names, demonyms, capitals
 * and well-known institutions ("Kremlin" → Russia, "Pentagon" → United States, "Downing Street" →
 * United Kingdom, "Élysée" → France) for the world's major countries, and international
 * organisations as sides of their own (NATO, European Union, United Nations). Immutable and
 * thread-safe.
 */
public final class Sides {

    /** The gazetteer, {@code sides.txt}: one side a line, {@code side|cue|cue|...}. */
    private static final List<String> TABLE = WordList.list(Sides.class, "sides.txt");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    /** An organisation named in a role: a capitalised run ending in a word like Institute or Team. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(?:the\\s+)?((?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,4}(?:Corporation|Institute|Institution|Team|Council|Centre"
                    + "|Center|Foundation|University|Agency|Group|Party|Service|Ministry|Committee|Commission|Fund"
                    + "|Bank|Network|Project|Organization|Organisation|Association|Union|Forum|Office|Watch"
                    + "|International|Tank|School|College|Company|Inc|Ltd|Authority|Department|Administration"
                    + "|Board|Police|Federation|Alliance|Coalition|Movement|Parliament|Assembly|Government"
                    + "|Airlines|Railways))\\b");

    private static final int MAX_CUE_WORDS = 4;

    private final Map<String, String> lowerCues;
    private final Map<String, String> acronymCues;
    private final Set<String> sides;

    /** The built-in gazetteer. */
    public Sides() {
        Map<String, String> lower = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (String line : TABLE) {
            String[] parts = line.split("\\|");
            names.add(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                String cue = parts[i];
                String key = key(cue);
                if (cue.length() <= 5 && cue.equals(cue.toUpperCase(Locale.ROOT))) {
                    acronyms.putIfAbsent(key, parts[0]);
                } else {
                    lower.putIfAbsent(key.toLowerCase(Locale.ROOT), parts[0]);
                }
            }
        }
        this.lowerCues = Map.copyOf(lower);
        this.acronymCues = Map.copyOf(acronyms);
        this.sides = Set.copyOf(names);
    }

    private static String key(String words) {
        return String.join(" ", words(words));
    }

    private static String stripAccents(String s) {
        return Fold.accents(s);
    }

    /** Whether the whole of {@code phrase} is a cue ("Kremlin", "White House", "Russian"). */
    public boolean isCue(String phrase) {
        String k = key(phrase);
        return acronymCues.containsKey(k) || lowerCues.containsKey(k.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} is one of the sides this gazetteer returns. */
    public boolean isSide(String name) {
        return sides.contains(name);
    }

    /**
     * The side named by the first cue in {@code text}, a role or a name ("Kremlin spokesman" →
     * Russia, "head of Russia's SVR" → Russia). Cues right after "to" or "against" ("ambassador to
     * Washington") are skipped: they name the other side.
     */
    public Optional<String> countryOf(String text) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            if (i > 0
                    && (words.get(i - 1).equalsIgnoreCase("to")
                            || words.get(i - 1).equalsIgnoreCase("against"))) {
                continue;
            }
            for (int n = Math.min(MAX_CUE_WORDS, words.size() - i); n >= 1; n--) {
                String phrase = String.join(" ", words.subList(i, i + n));
                String side = acronymCues.get(phrase);
                if (side == null) {
                    side = lowerCues.get(phrase.toLowerCase(Locale.ROOT));
                }
                if (side != null) {
                    return Optional.of(side);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The side of {@code text}: a country or international organisation from the gazetteer, else an
     * organisation named in it ("analyst at the RAND Corporation" → "RAND Corporation"), else empty.
     */
    public Optional<String> sideOf(String text) {
        Optional<String> country = countryOf(text);
        if (country.isPresent()) {
            return country;
        }
        Matcher m = ORGANISATION.matcher(text);
        while (m.find()) {
            String org = m.group(1).trim();
            if (org.indexOf(' ') > 0) {
                return Optional.of(org);
            }
        }
        return Optional.empty();
    }

    /** Words of {@code text} with accents, possessives and dots removed ("U.S." → "US"). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(stripAccents(text));
        while (m.find()) {
            String w = m.group().replaceAll("['’]s$", "").replaceAll("[.’']", "");
            for (String part : w.split("-")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out;
    }
}
