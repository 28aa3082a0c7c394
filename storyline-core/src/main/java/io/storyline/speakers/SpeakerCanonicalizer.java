package io.storyline.speakers;

import io.storyline.names.Name;
import io.storyline.names.NameType;
import io.storyline.quotes.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Canonical speakers of one story: the quotes' speakers and the persons named in all its articles,
 * with variant spellings, transliterations and spinner damage merged ("Lindqvist" / "Lindkvist",
 * "Ilse Marrov" / "Marrow", "(Ilsa) Marrow" / "Ilse Marrow", "Oskarlindqvist" = Oskar
 * Lindqvist) and different people kept apart (two different given names are two people), each with a
 * role and a side from the text.
 *
 * <p>Anonymous quotes and quotes whose speaker is a pronoun, a number or missing get no speaker.
 * Institutions (the Kremlin, a ministry, a country or capital speaking as one) are speakers too,
 * merged by their normalised name. Stateless and thread-safe; cost is linear in the mentions plus
 * quadratic in the distinct name forms of the story.
 */
public final class SpeakerCanonicalizer {

    private final Sides sides;

    public SpeakerCanonicalizer(Sides sides) {
        this.sides = sides;
    }

    public SpeakerCanonicalizer() {
        this(new Sides());
    }

    /** The gazetteer this canonicalizer reads sides from. */
    public Sides sides() {
        return sides;
    }

    /** Canonical speakers of the story made of {@code articles}, and the speaker of each quote. */
    public StorySpeakers canonicalize(List<ArticleQuotes> articles) {
        Set<String> knownGiven = new HashSet<>();
        Set<String> knownSurnames = new HashSet<>();
        collectNameParts(articles, knownGiven, knownSurnames);
        Map<String, Mentions> forms = new LinkedHashMap<>();
        Map<QuoteRef, Mentions> quoteForms = new HashMap<>();
        Map<QuoteRef, String> anonymousSides = new HashMap<>();
        Set<QuoteRef> anonymous = new HashSet<>();
        for (ArticleQuotes a : articles) {
            for (int i = 0; i < a.quotes().size(); i++) {
                Quote q = a.quotes().get(i);
                QuoteRef ref = a.ref(i);
                Mentions m = quoteForm(q, a, forms, knownGiven, knownSurnames);
                String written = q.speakerText();
                if (m != null) {
                    quoteForms.put(ref, m);
                    continue;
                }
                if (isAnonymous(q)) {
                    anonymous.add(ref);
                }
                if (written != null) {
                    sides.countryOf(written).ifPresent(s -> anonymousSides.put(ref, s));
                }
            }
            for (Name n : a.names()) {
                nameForm(a, n, forms, knownGiven, knownSurnames);
            }
        }
        List<List<Mentions>> entities = new ArrayList<>();
        List<Mentions> persons = new ArrayList<>();
        Map<String, List<Mentions>> institutions = new LinkedHashMap<>();
        for (Mentions m : forms.values()) {
            if (m.kind == EntityKind.PERSON) {
                persons.add(m);
            } else {
                institutions.computeIfAbsent(m.key, k -> new ArrayList<>()).add(m);
            }
        }
        PersonClusters.cluster(persons).forEach(c -> entities.add(c.forms));
        entities.addAll(institutions.values());
        return SpeakerBuilder.build(entities, quoteForms, anonymous, anonymousSides, sides);
    }

    private boolean isAnonymous(Quote q) {
        String speaker = q.speaker();
        if (q.anonymous()) {
            return true;
        }
        if (speaker == null) {
            return false;
        }
        SpeakerNames.Candidate c = SpeakerNames.classify(speaker, q.speakerText(), sides);
        return c != null && c.anonymous();
    }

    private void collectNameParts(List<ArticleQuotes> articles, Set<String> given, Set<String> surnames) {
        for (ArticleQuotes a : articles) {
            for (Name n : a.names()) {
                if (n.type() != NameType.PERSON) {
                    continue;
                }
                List<String> t = SpeakerNames.stripTitles(SpeakerNames.tokens(n.text()), sides);
                if (t.size() >= 2) {
                    given.add(NameMatch.fold(t.get(0).replaceAll("[()]", "")));
                    surnames.add(NameMatch.fold(t.get(t.size() - 1)));
                }
            }
        }
    }

    private @Nullable Mentions quoteForm(
            Quote q, ArticleQuotes article, Map<String, Mentions> forms, Set<String> given, Set<String> surnames) {
        if (q.anonymous() || q.speaker() == null) {
            return null;
        }
        SpeakerNames.Candidate c = SpeakerNames.classify(q.speaker(), q.speakerText(), sides);
        if (c == null || c.anonymous()) {
            return null;
        }
        Mentions m = form(c, forms, given, surnames);
        m.quotes++;
        m.articles.add(article.article());
        m.surface(c.display());
        m.role(q.role());
        if (c.kind() == EntityKind.PERSON
                && q.speakerSpan() != null
                && q.speakerSpan().end() <= article.text().length()) {
            RoleContext ctx = RoleContext.around(article.text(), q.speakerSpan());
            m.cue(ctx.after(), 1);
            m.appositive(ctx.after());
            partyTag(article.text(), q.speakerSpan().end(), m);
        }
        if (q.role() != null) {
            m.cue(q.role(), 2);
        }
        if (q.speakerText() != null) {
            m.cue(withoutName(q.speakerText(), c.display()), 2);
        }
        return m;
    }

    private void nameForm(
            ArticleQuotes a, Name n, Map<String, Mentions> forms, Set<String> given, Set<String> surnames) {
        if (n.type() != NameType.PERSON) {
            return;
        }
        SpeakerNames.Candidate c = SpeakerNames.classify(n.text(), null, sides);
        if (c == null || c.anonymous() || c.kind() != EntityKind.PERSON) {
            return;
        }
        Mentions m = form(c, forms, given, surnames);
        m.mentions++;
        m.articles.add(a.article());
        m.surface(c.display());
        RoleContext ctx = RoleContext.around(a.text(), n.span());
        partyTag(a.text(), n.span().end(), m);
        m.cue(ctx.before(), 2);
        m.cue(ctx.after(), 1);
        if (hasRoleWord(ctx.before())) {
            m.role(ctx.before());
        }
        m.appositive(ctx.after());
    }

    /** "Rep. Ana Ruiz, D-Ore., said": a party tag right after a name is a strong cue. */
    private static void partyTag(String text, int end, Mentions m) {
        Affiliations.partyTag(text.substring(end, Math.min(text.length(), end + 16)))
                .ifPresent(p -> m.cue(p, 3));
    }

    private static boolean hasRoleWord(String text) {
        for (String w : text.split("[\\s,]+")) {
            if (SpeakerNames.isRoleWord(w)) {
                return true;
            }
        }
        return false;
    }

    private static Mentions form(
            SpeakerNames.Candidate c, Map<String, Mentions> forms, Set<String> given, Set<String> surnames) {
        if (c.kind() == EntityKind.PERSON) {
            PersonName p = PersonName.parse(c.display(), given, surnames);
            String key = "P:" + NameMatch.fold(p.display());
            return forms.computeIfAbsent(key, k -> new Mentions(k, EntityKind.PERSON, p.display(), p));
        }
        String display = c.display().replaceFirst("^(?i)the\\s+", "");
        String key = "I:" + NameMatch.fold(display);
        return forms.computeIfAbsent(key, k -> new Mentions(k, EntityKind.INSTITUTION, display, null));
    }

    private static String withoutName(String written, String name) {
        String out = written;
        for (String w : name.split("\\s+")) {
            if (w.length() > 1) {
                out = out.replace(w, " ");
            }
        }
        return out.strip();
    }

    /** Orders speakers most quoted first, then by name; used by {@link SpeakerBuilder}. */
    static final Comparator<Speaker> ORDER =
            Comparator.comparingInt(Speaker::quotes).reversed().thenComparing(Speaker::name);
}
