package io.storyline.quotes;

import io.storyline.names.Name;
import io.storyline.text.EditDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves speaker mentions in text order: names to their fullest form (also misspelled short
 * forms), pronouns and descriptions to the right earlier speaker, anonymous sources to nobody.
 */
final class SpeakerResolver {

    /** The resolved speaker of a mention. */
    record Resolved(@Nullable String speaker, boolean anonymous) {}

    private static final int SPEAKER_WINDOW = 2500;
    private static final int LOOK_BACK = 200;
    private static final int LATER_WINDOW = 1500;

    private final Doc doc;
    private final List<Antecedent> entities = new ArrayList<>();
    private final IdentityHashMap<Mention, Resolved> cache = new IdentityHashMap<>();
    /** 'm' or 'f' per canonical person name, from titles, gendered roles and first names. */
    private final Map<String, Character> genders = new HashMap<>();

    SpeakerResolver(Doc doc) {
        this.doc = doc;
    }

    /** Resolves the mentions of {@code drafts}' attributions, which must come in text order of mention. */
    IdentityHashMap<Mention, Resolved> resolve(List<Mention> mentions) {
        List<Antecedent> persons = PersonMentions.of(doc, genders);
        int p = 0;
        for (Mention m : mentions) {
            while (p < persons.size() && persons.get(p).at() < m.span().start()) {
                entities.add(persons.get(p++));
            }
            if (!cache.containsKey(m)) {
                Resolved r = resolveOne(m);
                cache.put(m, r);
                String role = m.role() == null ? m.head() : m.role().toLowerCase(Locale.ROOT) + " " + m.head();
                entities.add(new Antecedent(
                        m.span().start(), r.speaker(), r.anonymous(), isPerson(m), m.plural(), role, true, false));
                if (m.kind() == MentionKind.NAMED && r.speaker() != null) {
                    Character g = Gender.of(m.role() == null ? "" : m.role(), r.speaker());
                    if (g != null) {
                        genders.putIfAbsent(r.speaker(), g);
                    }
                }
            }
        }
        return cache;
    }

    private static boolean isPerson(Mention m) {
        return switch (m.kind()) {
            case NAMED, DESCRIPTION -> true;
            case PRONOUN -> !m.head().equals("it") && !m.head().equals("they");
            case ANONYMOUS -> !m.plural();
            default -> false;
        };
    }

    private Resolved resolveOne(Mention m) {
        return switch (m.kind()) {
            case NAMED -> new Resolved(fuzzy(m.canonical()), false);
            case GROUP -> new Resolved(m.canonical(), false);
            case ANONYMOUS -> new Resolved(null, true);
            case SELF -> new Resolved(null, false);
            case PRONOUN -> pronoun(m);
            case DESCRIPTION -> description(m);
        };
    }

    /** A one-word name that is a near spelling of an earlier person's surname resolves to that person. */
    private @Nullable String fuzzy(@Nullable String name) {
        if (name == null || name.contains(" ")) {
            return name;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = entities.size() - 1; i >= Math.max(0, entities.size() - LOOK_BACK); i--) {
            Antecedent e = entities.get(i);
            if (!e.person() || e.name() == null || !e.name().contains(" ")) {
                continue;
            }
            String last = e.name().substring(e.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (last.equals(n)) {
                return e.name();
            }
            int d = EditDistance.of(last, n);
            if (last.charAt(0) == n.charAt(0)
                    && n.length() >= 4
                    && (d <= 1 || (d <= 2 && n.length() >= 6) || (d <= 3 && n.length() >= 10))) {
                return e.name();
            }
        }
        return name;
    }

    private Resolved pronoun(Mention m) {
        int at = m.span().start();
        boolean plural = m.head().equals("they");
        boolean thing = m.head().equals("it");
        char gender = m.head().equals("he") ? 'm' : m.head().equals("she") ? 'f' : '?';
        int sentence = doc.sentenceAt(at);
        Antecedent best = null;
        for (int i = entities.size() - 1; i >= Math.max(0, entities.size() - LOOK_BACK); i--) {
            Antecedent e = entities.get(i);
            if (!compatible(e, plural, thing) || !sameGender(e, gender)) {
                continue;
            }
            int es = doc.sentenceAt(e.at());
            if (sentence >= 0 && es == sentence && !e.speaker() && e.person()) {
                // "X threw jabs at Y, whom he called …": the sentence's subject before a closer object
                Antecedent subject = sentenceSubject(i, sentence, plural, thing, gender);
                Antecedent chosen = subject == null ? e : subject;
                return new Resolved(chosen.name(), chosen.anonymous());
            }
            if (sentence >= 0 && e.subject() && e.person() && es < sentence && narrativeGap(es, sentence) <= 2) {
                // the subject of the sentence just before: "Lauten later apologized. … she said"
                return new Resolved(e.name(), e.anonymous());
            }
            if (e.speaker() && at - e.at() <= SPEAKER_WINDOW) {
                return new Resolved(e.name(), e.anonymous());
            }
            if (best == null) {
                best = e;
            }
        }
        return best == null ? new Resolved(null, false) : new Resolved(best.name(), best.anonymous());
    }

    /** The compatible person opening sentence {@code sentence}, looking back from entity {@code from}. */
    private @Nullable Antecedent sentenceSubject(int from, int sentence, boolean plural, boolean thing, char gender) {
        for (int i = from; i >= 0; i--) {
            Antecedent e = entities.get(i);
            if (doc.sentenceAt(e.at()) != sentence) {
                return null;
            }
            if (e.subject() && e.person() && !e.speaker() && compatible(e, plural, thing) && sameGender(e, gender)) {
                return e;
            }
        }
        return null;
    }

    /**
     * How many sentences {@code to} is after {@code from}, not counting those inside a quote between
     * them: a long quote of several sentences is one step in the narrative.
     */
    private int narrativeGap(int from, int to) {
        int gap = 0;
        for (int i = from + 1; i <= to && gap <= 3; i++) {
            if (i == to || doc.quotedShare(doc.sentences.get(i).span()) < 0.5) {
                gap++;
            }
        }
        return gap;
    }

    private boolean sameGender(Antecedent e, char gender) {
        if (gender == '?' || e.name() == null || !e.person()) {
            return true;
        }
        Character g = genders.get(e.name());
        if (g == null) {
            g = Gender.of("", e.name());
        }
        return g == null || g == gender;
    }

    private static boolean compatible(Antecedent e, boolean plural, boolean thing) {
        if (e.name() == null && !e.anonymous()) {
            return false;
        }
        if (plural) {
            return e.plural() || !e.person();
        }
        if (thing) {
            return !e.person() && !e.plural();
        }
        return e.person() && !e.plural();
    }

    private Resolved description(Mention m) {
        boolean anonHead = Lexicon.ANONYMOUS.contains(m.head()) && !Lexicon.ROLES.contains(m.head());
        int stop = Math.max(0, entities.size() - LOOK_BACK);
        for (int i = entities.size() - 1; i >= stop && !anonHead; i--) {
            Antecedent e = entities.get(i);
            if (e.speaker()
                    && e.person()
                    && !e.plural()
                    && e.name() != null
                    && e.role().contains(m.head())) {
                return new Resolved(e.name(), e.anonymous());
            }
        }
        for (int i = entities.size() - 1; i >= Math.max(0, entities.size() - LOOK_BACK); i--) {
            Antecedent e = entities.get(i);
            if (anonHead && e.anonymous() && e.speaker()) {
                return new Resolved(null, true);
            }
            if (!anonHead && e.person() && !e.plural() && e.role().contains(m.head())) {
                return new Resolved(e.name(), e.anonymous());
            }
        }
        if (!anonHead) {
            String later = introducedLater(m);
            if (later != null) {
                return new Resolved(later, false);
            }
            String recent = recentSubject(m);
            if (recent != null) {
                return new Resolved(recent, false);
            }
        }
        return new Resolved(null, anonHead);
    }

    /**
     * "Lee responded on Tuesday. “…,” the presumptive nominee said": a role description no earlier
     * title fits names the person who was last the subject or the speaker in the two sentences before
     * (not counting sentences inside quotes).
     */
    private @Nullable String recentSubject(Mention m) {
        int sentence = doc.sentenceAt(m.span().start());
        if (sentence < 0 || (!Lexicon.ROLES.contains(m.head()) && !Lexicon.TITLES.contains(m.head()))) {
            return null;
        }
        for (int i = entities.size() - 1; i >= Math.max(0, entities.size() - LOOK_BACK); i--) {
            Antecedent e = entities.get(i);
            int es = doc.sentenceAt(e.at());
            if (es < 0 || narrativeGap(es, sentence) > 2) {
                break;
            }
            if ((e.subject() || e.speaker()) && e.person() && !e.plural() && e.name() != null && !e.anonymous()) {
                return e.name();
            }
        }
        return null;
    }

    /**
     * "The premier's chief trade advisor stated … Maren Holt, a spokesperson on trade matters, …": a
     * description no earlier person fits names the first person introduced within the next sentences
     * whose title or appositive shares one of its lower-case words other than the role itself
     * ("chief", "trade", not "advisor").
     */
    private @Nullable String introducedLater(Mention m) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : m.span().of(doc.text).split("[^\\p{L}]+")) {
            boolean role = w.startsWith(m.head()) || Lexicon.ROLES.contains(w);
            if (w.length() >= 4
                    && Character.isLowerCase(w.charAt(0))
                    && !role
                    && !Set.of("former", "said").contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        int from = m.span().end();
        for (Name n : doc.names) {
            int at = n.span().start();
            if (at < from || !Doc.isPerson(n) || doc.quoted(at)) {
                continue;
            }
            if (at - from > LATER_WINDOW) {
                break;
            }
            if (m.span().of(doc.text).contains(n.text())) {
                continue;
            }
            int end = Math.min(doc.lineEnd(at), n.span().end() + 120);
            String context = doc.text
                    .substring(Math.max(doc.lineStart(at), at - 60), end)
                    .toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (context.contains(w.toLowerCase(Locale.ROOT))) {
                    return doc.canonical(n, n.text());
                }
            }
        }
        return null;
    }
}
