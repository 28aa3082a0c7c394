package io.storyline.provenance;

import io.storyline.claims.ClaimInput;
import io.storyline.core.Span;
import io.storyline.names.Name;
import io.storyline.names.NameType;
import io.storyline.nlp.Sentence;
import io.storyline.text.WordList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the upstream sources an article credits, by the phrases that credit them: "according to
 * (Russia's) TASS (news agency)", "told Reuters", "Reuters reported", "said …, to Bloomberg",
 * "Bloomberg sources", and organisations of quoted experts ("an analyst at the RAND Corporation",
 * "founder of the Conflict Intelligence Team"). A name the name finder knows as a person or place is
 * not a source. Only text outside the boilerplate is read.
 *
 * <p>Stateless and thread-safe; linear in the text length.
 */
public final class CreditFinder {

    private static final String NAME =
            "((?:[A-Z][\\p{L}&.\\-]*|[A-Z]{2,})(?:\\s+(?:of\\s+|for\\s+)?(?:[A-Z][\\p{L}&.\\-]*))*)";
    private static final String LEAD = "(?:the\\s+|a\\s+)?(?:[\\p{L}.]+['’]s\\s+)?";
    private static final String MEDIA_WORD = "\\s+(?:news\\s+agency|agency|newspaper|daily|broadcaster|television"
            + "|radio|news\\s+outlet|outlet|wire|website)";

    private static final Pattern ACCORDING =
            Pattern.compile("\\b[Aa]ccording\\s+to\\s+" + LEAD + NAME + "(" + MEDIA_WORD + ")?");
    private static final Pattern TOLD = Pattern.compile("\\b(?:told|telling|speaking\\s+to|in\\s+an\\s+interview"
            + "\\s+with|interviewed\\s+by|in\\s+a\\s+conversation\\s+with)\\s+" + LEAD + NAME);
    private static final Pattern REPORTED = Pattern.compile(
            NAME + "(?:" + MEDIA_WORD + ")?\\s+(?:reported|reports|has\\s+reported|had\\s+reported|quoted|cited)\\b");
    private static final Pattern TO_MEDIUM = Pattern.compile(
            "\\b(?:said|says|stated|added|told)\\b[^.;]{0,160}?,\\s+to\\s+" + LEAD + NAME + "\\s*[.,;]");
    private static final Pattern SOURCES = Pattern.compile(NAME + "['’]?s?\\s+sources\\b");
    private static final Pattern EXPERT = Pattern.compile("\\b(?:analyst|expert|researcher|fellow|economist"
            + "|scholar|professor|founder|co-founder|director|lecturer)\\s+(?:at|of|with|from)\\s+" + LEAD + NAME);

    private static final Pattern NATIONALITY = Pattern.compile("\\b[A-Z][a-z]+(?:an|ish|ese|i)\\s+sources\\b");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([a-z]+)\\b");
    private static final Set<String> FOLLOW_OK = WordList.set(CreditFinder.class, "follow-ok.txt");

    private static final Set<String> NOT_SOURCES = WordList.set(CreditFinder.class, "not-sources.txt");

    /** The credits of {@code input}, in text order, one per phrase. */
    public List<UpstreamCredit> find(ClaimInput input) {
        List<UpstreamCredit> out = new ArrayList<>();
        String text = input.text();
        for (Sentence s : input.sentences()) {
            String sentence = s.span().of(text);
            int base = s.span().start();
            scan(out, input, ACCORDING, sentence, base, 2, true);
            scan(out, input, TOLD, sentence, base, -1, true);
            scan(out, input, REPORTED, sentence, base, -1, false);
            scan(out, input, TO_MEDIUM, sentence, base, -1, true);
            if (!NATIONALITY.matcher(sentence).find()) {
                scan(out, input, SOURCES, sentence, base, -1, false);
            }
            scan(out, input, EXPERT, sentence, base, 0, true);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        Map<String, UpstreamCredit> unique = new LinkedHashMap<>();
        for (UpstreamCredit c : out) {
            unique.putIfAbsent(c.span().start() + ":" + c.name(), c);
        }
        return List.copyOf(unique.values());
    }

    /**
     * @param mediaGroup group that marks a medium when present, -1 when the pattern always marks a
     *     medium, 0 when it never does
     */
    private static void scan(
            List<UpstreamCredit> out,
            ClaimInput input,
            Pattern p,
            String sentence,
            int base,
            int mediaGroup,
            boolean checkFollow) {
        int nameGroup = 1;
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            String name = clean(m.group(nameGroup));
            if (name.isEmpty()) {
                continue;
            }
            int start = base + m.start(nameGroup);
            Span nameSpan = new Span(start, start + m.group(nameGroup).length());
            if (personOrPlace(nameSpan, input.names())) {
                continue;
            }
            boolean mediaWord = mediaGroup > 0 && m.group(mediaGroup) != null;
            if (checkFollow && !mediaWord && describesSomethingElse(sentence, m.end(nameGroup))) {
                continue;
            }
            boolean media = mediaGroup < 0 || (mediaGroup > 0 && m.group(mediaGroup) != null);
            out.add(new UpstreamCredit(input.id(), name, new Span(base + m.start(), base + m.end()), media));
        }
    }

    /** Whether the name is an adjective of a longer phrase ("Russian media", "Polish officials"). */
    private static boolean describesSomethingElse(String sentence, int at) {
        Matcher m = NEXT_WORD.matcher(sentence).region(at, sentence.length());
        return m.lookingAt() && !FOLLOW_OK.contains(m.group(1));
    }

    private static String clean(String raw) {
        String s = raw.trim().replaceAll("[.,;:]+$", "").replaceAll("['’]s$", "");
        while (s.contains(" ") && NOT_SOURCES.contains(s.substring(0, s.indexOf(' ')))) {
            s = s.substring(s.indexOf(' ') + 1);
        }
        return NOT_SOURCES.contains(s) || s.length() < 2 ? "" : s;
    }

    private static boolean personOrPlace(Span span, List<Name> names) {
        for (Name n : names) {
            if (n.span().overlaps(span) && (n.type() == NameType.PERSON || n.type() == NameType.PLACE)) {
                return true;
            }
        }
        return false;
    }
}
