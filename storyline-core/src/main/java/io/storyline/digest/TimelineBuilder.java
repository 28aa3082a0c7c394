package io.storyline.digest;

import io.storyline.core.Span;
import io.storyline.nlp.Sentence;
import io.storyline.text.WordList;
import io.storyline.time.DateRange;
import io.storyline.time.Precision;
import io.storyline.time.ReferenceDate;
import io.storyline.time.RuleTimeFinder;
import io.storyline.time.TimeExpression;
import io.storyline.time.TimeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds a story's timeline: every sentence that a resolved date expression dates is an event; the
 * events of different articles with the same dates and enough content words in common are one entry
 * (so five articles reporting "talks in Jeddah a day earlier" / "on Tuesday" give one entry with five
 * supporting articles), ordered by date.
 *
 * <p>An undated article's expressions are resolved again against the latest date the other articles
 * make certain (their publication dates, else dates they state in full), and its entries are marked
 * inferred. Durations, sets, vague references ("now", "recently") and values with unresolved parts are
 * not events. Stateless and thread-safe; cost is quadratic in the story's dated sentences.
 */
public final class TimelineBuilder {

    /** Dice of the content words two sentences need to be one event (with the same dates). */
    static final double SAME_EVENT = 0.2;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> STOP = WordList.set(TimelineBuilder.class, "stop-words.txt");

    private final RuleTimeFinder finder;

    public TimelineBuilder(RuleTimeFinder finder) {
        this.finder = finder;
    }

    public TimelineBuilder() {
        this(new RuleTimeFinder());
    }

    private record Event(
            String article,
            String text,
            Span sentence,
            TimeExpression expression,
            Set<String> words,
            boolean inferred) {}

    /** The timeline of the story made of {@code articles} (in story order). */
    public List<TimelineEntry> build(List<StoryArticle> articles) {
        List<List<Event>> groups = group(events(articles));
        List<TimelineEntry> out = new ArrayList<>();
        for (List<Event> g : groups) {
            out.add(entry(g));
        }
        out.sort(Comparator.comparing((TimelineEntry t) -> t.range().first())
                .thenComparing(t -> t.range().last())
                .thenComparing(TimelineEntry::text));
        return List.copyOf(out);
    }

    /**
     * Every dated event sentence of the articles, once per sentence and expression; an undated article's
     * times are resolved against the story's date (and marked inferred).
     */
    private List<Event> events(List<StoryArticle> articles) {
        Optional<ReferenceDate> storyDate = storyReference(articles);
        List<Event> events = new ArrayList<>();
        for (StoryArticle a : articles) {
            boolean inferred = a.article().published() == null && storyDate.isPresent();
            List<TimeExpression> times = inferred
                    ? finder.resolve(a.article().text(), storyDate.get()).stream()
                            .filter(e -> !inside(e.span(), a.boilerplate()))
                            .toList()
                    : a.times();
            Set<Span> seen = new HashSet<>();
            for (TimeExpression e : times) {
                if (!isEvent(e)) {
                    continue;
                }
                Span sentence = sentenceOf(a, e.span());
                if (!seen.add(new Span(sentence.start(), e.span().start()))) {
                    continue;
                }
                String text = sentence.of(a.article().text()).strip();
                events.add(new Event(a.id(), text, sentence, e, words(text, e.text()), inferred));
            }
        }
        return events;
    }

    /** Groups the events that share their dates and enough words with one of a group's events. */
    private static List<List<Event>> group(List<Event> events) {
        List<List<Event>> groups = new ArrayList<>();
        for (Event e : events) {
            List<Event> home = null;
            double best = SAME_EVENT;
            for (List<Event> g : groups) {
                Event first = g.get(0);
                if (!sameDates(first.expression(), e.expression())) {
                    continue;
                }
                double score = g.stream()
                        .mapToDouble(x -> dice(x.words(), e.words()))
                        .max()
                        .orElse(0);
                if (score >= best
                        && g.stream()
                                .noneMatch(x -> x.article().equals(e.article())
                                        && x.text().equals(e.text()))) {
                    best = score;
                    home = g;
                }
            }
            if (home == null) {
                List<Event> g = new ArrayList<>();
                g.add(e);
                groups.add(g);
            } else {
                home.add(e);
            }
        }
        return groups;
    }

    /** The entry of one group: its first event's date and sentence, every event as support. */
    private static TimelineEntry entry(List<Event> g) {
        Event first = g.get(0);
        TimeExpression x = first.expression();
        DateRange range = rangeOf(x);
        List<TimelineEntry.Support> support = g.stream()
                .map(e -> new TimelineEntry.Support(
                        e.article(),
                        e.sentence(),
                        e.expression().span(),
                        e.expression().text()))
                .toList();
        return new TimelineEntry(
                date(x.precision(), range),
                x.precision(),
                range,
                first.text(),
                x.text(),
                support,
                g.stream().anyMatch(Event::inferred));
    }

    /** The latest date the story's dated articles make certain: their latest publication date, else stated dates. */
    private Optional<ReferenceDate> storyReference(List<StoryArticle> articles) {
        LocalDate latest = null;
        List<TimeExpression> all = new ArrayList<>();
        for (StoryArticle a : articles) {
            LocalDate p = a.article().published();
            if (p != null && (latest == null || p.isAfter(latest))) {
                latest = p;
            }
            all.addAll(a.times());
        }
        if (latest != null) {
            return Optional.of(new ReferenceDate(latest, Precision.DAY, true));
        }
        return RuleTimeFinder.latestCertain(all);
    }

    static boolean isEvent(TimeExpression e) {
        DateRange r = e.range();
        return r != null
                && (e.type() == TimeType.DATE || e.type() == TimeType.TIME)
                && !e.value().contains("X")
                && !e.value().endsWith("_REF");
    }

    /** Both expressions cover the same days at the same precision. */
    private static boolean sameDates(TimeExpression a, TimeExpression b) {
        return a.precision() == b.precision() && rangeOf(a).equals(rangeOf(b));
    }

    private static DateRange rangeOf(TimeExpression e) {
        DateRange r = e.range();
        if (r == null) {
            throw new IllegalStateException("not an event: " + e);
        }
        return r;
    }

    /** The contract's date for a range at a precision. */
    static String date(Precision p, DateRange r) {
        return switch (p) {
            case DAY, TIME -> r.first().toString();
            case MONTH -> r.first().toString().substring(0, 7);
            case YEAR -> String.valueOf(r.first().getYear());
            default -> r.first().equals(r.last()) ? r.first().toString() : r.first() + "/" + r.last();
        };
    }

    /** The sentence holding {@code span}: from the stored sentences, else the text between sentence ends. */
    private static Span sentenceOf(StoryArticle a, Span span) {
        for (Sentence sentence : a.sentences()) {
            Span s = sentence.span();
            if (s.start() <= span.start() && span.end() <= s.end()) {
                return s;
            }
        }
        String text = a.article().text();
        int start = span.start();
        while (start > 0 && !end(text, start - 1)) {
            start--;
        }
        int stop = span.end();
        while (stop < text.length() && !end(text, stop - 1)) {
            stop++;
        }
        return new Span(start, Math.max(stop, span.end()));
    }

    private static boolean end(String text, int i) {
        char c = text.charAt(i);
        return c == '\n'
                || ((c == '.' || c == '!' || c == '?')
                        && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))));
    }

    private static boolean inside(Span s, List<Span> boilerplate) {
        return boilerplate.stream().anyMatch(b -> s.start() >= b.start() && s.end() <= b.end());
    }

    /** Content words of a sentence (lower case, four letters or more), without the time expression's own. */
    static Set<String> words(String sentence, @Nullable String expression) {
        Set<String> skip = new HashSet<>();
        if (expression != null) {
            Matcher m = WORD.matcher(expression.toLowerCase(Locale.ROOT));
            while (m.find()) {
                skip.add(m.group());
            }
        }
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group().replaceAll("['’]s$", "");
            if (w.length() >= 4 && !STOP.contains(w) && !skip.contains(w)) {
                out.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return out;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
