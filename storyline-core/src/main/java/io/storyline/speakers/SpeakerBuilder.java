package io.storyline.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Turns grouped name forms into {@link Speaker} records with ids, names, roles and sides. */
final class SpeakerBuilder {

    private SpeakerBuilder() {}

    static StorySpeakers build(
            List<List<Mentions>> entities,
            Map<QuoteRef, Mentions> quoteForms,
            Set<QuoteRef> anonymous,
            Map<QuoteRef, String> anonymousSides,
            Sides sides) {
        // Mentions has identity equality, so a HashMap keyed by it finds each form's entity.
        Map<Mentions, Integer> entityOf = new HashMap<>();
        Set<String> personWords = new HashSet<>();
        for (List<Mentions> entity : entities) {
            for (Mentions m : entity) {
                if (m.person != null && m.person.hasGiven()) {
                    // surnames of full names only: a place the name finder took for a name is no person
                    personWords.add(NameMatch.fold(m.person.surname()));
                }
            }
        }
        Predicate<String> isPerson = w -> personWords.contains(NameMatch.fold(w));
        List<Speaker> drafts = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            int index = i;
            entities.get(i).forEach(m -> entityOf.put(m, index));
            drafts.add(draft("d" + i, entities.get(i), sides, isPerson));
        }
        inheritSides(entities, drafts);
        List<Speaker> quoted = new ArrayList<>();
        List<Speaker> mentioned = new ArrayList<>();
        for (Speaker s : drafts) {
            (s.quotes() > 0 ? quoted : mentioned).add(s);
        }
        quoted.sort(SpeakerCanonicalizer.ORDER);
        mentioned.sort(SpeakerCanonicalizer.ORDER);
        Map<String, String> ids = new HashMap<>();
        List<Speaker> speakers = renumber(quoted, 1, ids);
        List<Speaker> others = renumber(mentioned, quoted.size() + 1, ids);
        Map<QuoteRef, String> assignments = new LinkedHashMap<>();
        quoteForms.forEach((ref, m) -> {
            Integer index = entityOf.get(m);
            String id = index == null ? null : ids.get(drafts.get(index).id());
            if (id != null) {
                assignments.put(ref, id);
            }
        });
        return new StorySpeakers(speakers, others, assignments, anonymous, anonymousSides);
    }

    private static List<Speaker> renumber(List<Speaker> list, int first, Map<String, String> ids) {
        List<Speaker> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String id = "p" + (first + i);
            ids.put(list.get(i).id(), id);
            out.add(list.get(i).withId(id));
        }
        return out;
    }

    private static Speaker draft(String draftId, List<Mentions> forms, Sides sides, Predicate<String> isPerson) {
        Map<String, Integer> surfaces = new LinkedHashMap<>();
        Map<String, Integer> roles = new LinkedHashMap<>();
        Map<String, Integer> appositives = new LinkedHashMap<>();
        int quotes = 0;
        for (Mentions m : forms) {
            Mentions.addAll(surfaces, m.surfaces);
            Mentions.addAll(roles, m.roles);
            Mentions.addAll(appositives, m.appositives);
            quotes += m.quotes;
        }
        EntityKind kind = forms.get(0).kind;
        String name = kind == EntityKind.PERSON ? personName(forms) : forms.get(0).display;
        String side = vote(forms, sides, name, kind);
        String role = Mentions.top(roles);
        return new Speaker(
                draftId,
                name,
                role != null ? role : Mentions.top(appositives),
                side,
                affiliations(forms, isPerson),
                kind,
                Mentions.byCount(surfaces),
                quotes);
    }

    private static @Nullable String vote(List<Mentions> forms, Sides sides, String name, EntityKind kind) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        if (kind == EntityKind.INSTITUTION) {
            sides.sideOf(name).ifPresent(s -> votes.merge(s, 3, Integer::sum));
        }
        for (Mentions m : forms) {
            m.cues.forEach((text, w) -> sides.sideOf(text).ifPresent(s -> votes.merge(s, w, Integer::sum)));
        }
        return Mentions.top(votes);
    }

    /** The affiliations the cues name, most weight first (weights as in the side vote), at most three. */
    private static List<String> affiliations(List<Mentions> forms, Predicate<String> isPerson) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Mentions m : forms) {
            m.cues.forEach(
                    (text, w) -> Affiliations.of(text, isPerson).ifPresent(a -> votes.merge(a, w, Integer::sum)));
        }
        List<String> ranked = Mentions.byCount(votes);
        return ranked.subList(0, Math.min(3, ranked.size()));
    }

    /** Given name of the most frequent full form (known given names first), surname most often written. */
    private static String personName(List<Mentions> forms) {
        Map<String, Integer> surnames = new LinkedHashMap<>();
        Map<String, Integer> givens = new LinkedHashMap<>();
        for (Mentions m : forms) {
            PersonName p = m.person;
            if (p == null) {
                continue;
            }
            String[] words = p.display().split("\\s+");
            int w = Math.max(1, m.weight());
            surnames.merge(words[words.length - 1], w * 2 + (p.hasGiven() ? 1 : 0), Integer::sum);
            if (p.hasGiven()) {
                String given = String.join(" ", List.of(words).subList(0, words.length - 1));
                int bonus = FirstNames.isKnown(p.first()) ? 2 : 0;
                givens.merge(given, w * 2 + bonus, Integer::sum);
            }
        }
        String surname = Mentions.top(surnames);
        String given = Mentions.top(fullForms(givens));
        String s = surname == null ? forms.get(0).display : surname;
        return given == null ? s : given + " " + s;
    }

    /** Counts of a nickname ("Mike") moved to the full given name written for the same person ("Michael"). */
    private static Map<String, Integer> fullForms(Map<String, Integer> givens) {
        Map<String, Integer> out = new LinkedHashMap<>(givens);
        for (String nick : givens.keySet()) {
            for (String full : givens.keySet()) {
                String n = NameMatch.fold(nick);
                String f = NameMatch.fold(full);
                if (f.length() > n.length() && FirstNames.nickname(n, f) && out.containsKey(nick)) {
                    out.merge(full, out.remove(nick), Integer::sum);
                }
            }
        }
        return out;
    }

    /** A person with no side of their own takes the side of a person named in their role ("Putin's aide"). */
    private static void inheritSides(List<List<Mentions>> entities, List<Speaker> drafts) {
        for (int i = 0; i < entities.size(); i++) {
            Speaker s = drafts.get(i);
            if (s.side() != null || s.kind() != EntityKind.PERSON) {
                continue;
            }
            Optional<String> inherited = Optional.empty();
            for (Mentions m : entities.get(i)) {
                for (String cue : m.cues.keySet()) {
                    int self = i;
                    inherited = inherited.or(() -> sideOfNamedPerson(cue, self, entities, drafts));
                }
            }
            inherited.ifPresent(side -> drafts.set(
                    self(drafts, s),
                    new Speaker(
                            s.id(), s.name(), s.role(), side, s.affiliations(), s.kind(), s.variants(), s.quotes())));
        }
    }

    private static int self(List<Speaker> drafts, Speaker s) {
        return drafts.indexOf(s);
    }

    private static Optional<String> sideOfNamedPerson(
            String cue, int self, List<List<Mentions>> entities, List<Speaker> drafts) {
        for (String word : SpeakerNames.tokens(cue)) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            String folded = NameMatch.fold(word);
            for (int j = 0; j < entities.size(); j++) {
                Speaker o = drafts.get(j);
                String side = o.side();
                if (j == self || side == null || o.kind() != EntityKind.PERSON) {
                    continue;
                }
                boolean named = entities.get(j).stream()
                        .anyMatch(m -> m.person != null && NameMatch.sameSurname(m.person.surname(), folded));
                if (named) {
                    return Optional.of(side);
                }
            }
        }
        return Optional.empty();
    }
}
