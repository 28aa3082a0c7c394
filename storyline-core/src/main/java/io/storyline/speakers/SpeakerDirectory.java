package io.storyline.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Store-wide speakers: maps a story's speakers onto a global list by the same rules as within a story
 * (same surname up to spelling, compatible given names; institutions by normalised name), so one
 * person gets one global id across stories. Two speakers with known, different sides are never
 * merged; a surname-only speaker that fits several global people gets a new entry. Stateless and
 * thread-safe; values in, values out.
 */
public final class SpeakerDirectory {

    /**
     * The result of a merge.
     *
     * @param global the updated global list (ids "g1", "g2", … in order of first appearance)
     * @param ids story speaker id to global id, for every story speaker
     */
    public record Merge(List<Speaker> global, Map<String, String> ids) {
        public Merge {
            global = List.copyOf(global);
            ids = Map.copyOf(ids);
        }
    }

    /** Merges {@code story} into {@code global}. */
    public Merge merge(List<Speaker> global, List<Speaker> story) {
        List<Speaker> out = new ArrayList<>(global);
        Map<String, String> ids = new LinkedHashMap<>();
        // every story speaker is compared with every global one: parse each name once
        Map<String, PersonName> parsed = new HashMap<>();
        Function<String, PersonName> parse = name -> parsed.computeIfAbsent(name, SpeakerDirectory::parse);
        for (Speaker s : story) {
            int match = find(out, s, parse);
            if (match < 0) {
                Speaker added = s.withId("g" + (out.size() + 1));
                out.add(added);
                ids.put(s.id(), added.id());
            } else {
                Speaker g = out.get(match);
                out.set(match, combine(g, s));
                ids.put(s.id(), g.id());
            }
        }
        return new Merge(out, ids);
    }

    private static int find(List<Speaker> global, Speaker s, Function<String, PersonName> parse) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < global.size(); i++) {
            if (same(global.get(i), s, parse)) {
                hits.add(i);
            }
        }
        if (hits.size() == 1) {
            return hits.get(0);
        }
        return -1;
    }

    static boolean same(Speaker a, Speaker b) {
        return same(a, b, SpeakerDirectory::parse);
    }

    private static boolean same(Speaker a, Speaker b, Function<String, PersonName> parse) {
        if (a.kind() != b.kind() || conflicting(a.side(), b.side())) {
            return false;
        }
        if (a.kind() == EntityKind.INSTITUTION) {
            return key(a.name()).equals(key(b.name()));
        }
        PersonName pa = parse.apply(a.name());
        PersonName pb = parse.apply(b.name());
        return NameMatch.sameSurname(pa.surname(), pb.surname()) && NameMatch.compatibleFirst(pa.first(), pb.first());
    }

    private static PersonName parse(String name) {
        return PersonName.parse(name, Set.of(), Set.of());
    }

    private static boolean conflicting(@Nullable String x, @Nullable String y) {
        return x != null && y != null && !x.equals(y);
    }

    private static String key(String name) {
        return NameMatch.fold(name).replaceFirst("^the ", "");
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static Speaker combine(Speaker g, Speaker s) {
        Set<String> variants = new LinkedHashSet<>(g.variants());
        variants.addAll(s.variants());
        PersonName pg = PersonName.parse(g.name(), Set.of(), Set.of());
        PersonName ps = PersonName.parse(s.name(), Set.of(), Set.of());
        String name = !pg.hasGiven() && ps.hasGiven() ? s.name() : g.name();
        return new Speaker(
                g.id(),
                name,
                g.role() != null ? g.role() : s.role(),
                g.side() != null ? g.side() : s.side(),
                union(g.affiliations(), s.affiliations()),
                g.kind(),
                List.copyOf(variants),
                g.quotes() + s.quotes());
    }
}
