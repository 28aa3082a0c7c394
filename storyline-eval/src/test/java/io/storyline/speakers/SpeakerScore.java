package io.storyline.speakers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores canonical speakers against a gold speaker table ({@code canonical_name, role,
 * surface_variants, …, entity_type}): a gold entity is merged when all of its variants that occur
 * among the found speakers' variants sit in one found speaker; a collision is a found speaker
 * holding variants of two gold entities.
 *
 * @param gold gold entities with at least one variant found
 * @param merged of those, the ones whose found variants are all in one found speaker
 * @param multi gold entities with two or more distinct variants found
 * @param multiMerged of those, the merged ones
 * @param collisions found speakers holding variants of two or more gold entities
 * @param sidesKnown found speakers (with quotes) with a side
 * @param notes one line per problem
 */
record SpeakerScore(
        int gold, int merged, int multi, int multiMerged, int collisions, int sidesKnown, List<String> notes) {

    static String norm(String s) {
        String f = NameMatch.fold(s)
                .replaceAll("[()]", " ")
                .replaceAll("\\s+", " ")
                .trim();
        f = f.replaceAll("s$", f.endsWith("’s") ? "" : "s").replaceAll("^(the|mr|mrs|ms|dr) ", "");
        return f;
    }

    static SpeakerScore of(StorySpeakers story, List<String[]> goldRows) {
        List<Speaker> all = new ArrayList<>(story.speakers());
        all.addAll(story.mentioned());
        Map<String, Set<String>> goldVariants = new LinkedHashMap<>();
        for (String[] row : goldRows) {
            if (row[0].equals("UNKNOWN") || row[6].contains("byline")) {
                continue;
            }
            Set<String> vs = new HashSet<>();
            for (String v : row[2].split(" \\| ")) {
                if (!v.isBlank()) {
                    vs.add(norm(v.replaceAll("[’']s$", "")));
                }
            }
            goldVariants.put(row[0], vs);
        }
        List<String> notes = new ArrayList<>();
        int gold = 0;
        int merged = 0;
        int multi = 0;
        int multiMerged = 0;
        Map<String, Set<String>> goldOfSpeaker = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : goldVariants.entrySet()) {
            Set<String> holders = new HashSet<>();
            Set<String> found = new HashSet<>();
            for (Speaker s : all) {
                for (String v : s.variants()) {
                    if (e.getValue().contains(norm(v))) {
                        holders.add(s.id() + " " + s.name());
                        found.add(norm(v));
                        goldOfSpeaker
                                .computeIfAbsent(s.id() + " " + s.name(), k -> new HashSet<>())
                                .add(e.getKey());
                    }
                }
            }
            if (found.isEmpty()) {
                notes.add("gold " + e.getKey() + ": no variant found");
                continue;
            }
            gold++;
            multi += found.size() >= 2 ? 1 : 0;
            if (holders.size() == 1) {
                merged++;
                multiMerged += found.size() >= 2 ? 1 : 0;
            } else {
                notes.add("gold " + e.getKey() + " split over " + holders);
            }
        }
        int collisions = 0;
        for (Map.Entry<String, Set<String>> e : goldOfSpeaker.entrySet()) {
            if (e.getValue().size() > 1) {
                collisions++;
                notes.add("found " + e.getKey() + " merges gold " + e.getValue());
            }
        }
        int sides =
                (int) story.speakers().stream().filter(s -> s.side() != null).count();
        return new SpeakerScore(gold, merged, multi, multiMerged, collisions, sides, notes);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "gold entities found %d, merged %d (%d of %d with several variants), collisions %d, speakers with a side %d",
                gold,
                merged,
                multiMerged,
                multi,
                collisions,
                sidesKnown);
    }
}
