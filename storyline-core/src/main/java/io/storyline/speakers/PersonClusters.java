package io.storyline.speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Groups the written forms of person names into people: forms with given names first (same surname
 * up to spelling, compatible given names), then surname-only forms, attached to the one person of
 * that surname named in the same article, else in the story, else kept on their own when the
 * surname is ambiguous. Not thread-safe; one instance per story.
 */
final class PersonClusters {

    /** One person: the forms and the folded surnames and first given names seen. */
    static final class Cluster {
        final List<Mentions> forms = new ArrayList<>();
        final Set<String> surnames = new HashSet<>();
        final Set<String> firsts = new HashSet<>();
        final Set<String> articles = new HashSet<>();

        void add(Mentions m) {
            PersonName p = m.person;
            forms.add(m);
            articles.addAll(m.articles);
            if (p != null) {
                surnames.add(p.surname());
                if (p.hasGiven()) {
                    firsts.add(p.first());
                }
            }
        }

        boolean accepts(PersonName p) {
            boolean surname = surnames.stream().anyMatch(s -> NameMatch.sameSurname(s, p.surname()));
            return surname && firsts.stream().allMatch(f -> NameMatch.compatibleFirst(f, p.first()));
        }

        int weight() {
            return forms.stream().mapToInt(Mentions::weight).sum();
        }
    }

    private PersonClusters() {}

    static List<Cluster> cluster(List<Mentions> persons) {
        List<Mentions> sorted = new ArrayList<>(persons);
        sorted.sort(Comparator.comparingInt(Mentions::weight).reversed().thenComparing(m -> m.key));
        List<Cluster> full = new ArrayList<>();
        List<Mentions> bare = new ArrayList<>();
        for (Mentions m : sorted) {
            PersonName p = m.person;
            if (p == null) {
                continue;
            }
            if (!p.hasGiven()) {
                bare.add(m);
                continue;
            }
            Cluster home = null;
            for (Cluster c : full) {
                if (c.accepts(p) && (home == null || c.weight() > home.weight())) {
                    home = c;
                }
            }
            if (home == null) {
                home = new Cluster();
                full.add(home);
            }
            home.add(m);
        }
        List<Cluster> out = new ArrayList<>(full);
        List<Cluster> surnameOnly = new ArrayList<>();
        for (Mentions m : bare) {
            PersonName p = m.person;
            if (p == null) {
                continue;
            }
            Cluster home = unique(full, p, m.articles);
            if (home == null && candidates(full, p, Set.of()).isEmpty()) {
                home = surnameOnly.stream()
                        .filter(c -> c.accepts(p))
                        .findFirst()
                        .orElse(null);
                if (home == null) {
                    home = new Cluster();
                    surnameOnly.add(home);
                    out.add(home);
                }
            } else if (home == null) {
                home = new Cluster();
                out.add(home);
            }
            home.add(m);
        }
        return out;
    }

    /** The one full-name cluster this surname belongs to: named in the same article, else story-wide. */
    private static @Nullable Cluster unique(List<Cluster> full, PersonName p, Set<String> articles) {
        List<Cluster> local = candidates(full, p, articles);
        if (local.size() == 1) {
            return local.get(0);
        }
        List<Cluster> all = candidates(full, p, Set.of());
        return local.isEmpty() && all.size() == 1 ? all.get(0) : null;
    }

    private static List<Cluster> candidates(List<Cluster> full, PersonName p, Set<String> articles) {
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : full) {
            boolean here = articles.isEmpty() || c.articles.stream().anyMatch(articles::contains);
            boolean local = !articles.isEmpty();
            boolean surname = c.surnames.stream()
                    .anyMatch(s ->
                            local ? NameMatch.similarSurname(s, p.surname()) : NameMatch.sameSurname(s, p.surname()));
            // A lone given name ("Donald") in an article that names one person with that given name.
            boolean given = local && FirstNames.isKnown(p.surname()) && c.firsts.contains(p.surname());
            if (here && (surname || given)) {
                out.add(c);
            }
        }
        return out;
    }
}
