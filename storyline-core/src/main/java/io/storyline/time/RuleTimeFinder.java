package io.storyline.time;

import io.storyline.core.Article;
import io.storyline.core.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Finds time expressions in article text with regular-expression rules and resolves them, TIMEX3 style,
 * against a reference date (the publication date), the last date the text mentioned ("a day earlier",
 * "later that day") and the tense of the clause ("in August" in a past-tense sentence of an article of
 * March 2025 is August 2024; "on Friday" is the coming Friday after "will").
 *
 * <p>Covers explicit dates ("March 11", "11 March 2025", "March 11-12", "2024", "mid-2024", "the 1990s"),
 * weekdays ("on Wednesday", "last Friday", "next Monday"), relative days ("yesterday", "a day earlier",
 * "the next day", "later that day"), months, seasons and quarters ("in August", "last summer", "the third
 * quarter"), weeks ("this week", "next week"), years ("last year", "three years ago"), durations ("a
 * 30-day ceasefire" is {@code P30D}, not a date), recurrences ("daily"), clock times and the reference
 * words ("now" {@code PRESENT_REF}, "recently" {@code PAST_REF}, "soon" {@code FUTURE_REF}).
 *
 * <p>When more rules match overlapping text the longest match wins. Offsets are half-open UTF-16 indices
 * into the given text. Without a reference date, relative expressions keep {@code X} placeholders
 * ({@code XXXX-08}); {@link #analyse(String, LocalDate)} then infers one from the latest date the text
 * itself makes certain.
 *
 * <p>Immutable and thread-safe; cost is linear in the text length times the number of rules (about 30).
 */
public final class RuleTimeFinder {

    private final List<Rule> rules;

    public RuleTimeFinder(TimeFinderOptions options) {
        Objects.requireNonNull(options, "options");
        List<Rule> all = new ArrayList<>();
        all.addAll(CalendarRules.rules());
        all.addAll(SpecialRules.rules());
        all.addAll(RelativeRules.rules());
        all.addAll(DurationRules.rules(options.formerIsPastRef()));
        this.rules = List.copyOf(all);
    }

    /** A finder with {@link TimeFinderOptions#defaults()}. */
    public RuleTimeFinder() {
        this(TimeFinderOptions.defaults());
    }

    /** The article's expressions, resolved against its publication date or, without one, an inferred date. */
    public TimeAnalysis analyse(Article article) {
        return analyse(article.text(), article.published());
    }

    /**
     * The expressions of {@code text} resolved against {@code published}; when it is null, against the
     * latest date the text makes certain (see {@link #inferReference(String)}), marked inferred.
     */
    public TimeAnalysis analyse(String text, @Nullable LocalDate published) {
        if (published != null) {
            ReferenceDate ref = ReferenceDate.published(published);
            return new TimeAnalysis(ref, run(text, ref));
        }
        // the rules' matches do not depend on the reference: find them once, resolve them twice
        List<Candidate> candidates = candidates(text);
        List<TimeExpression> unanchored = resolve(text, candidates, null);
        Optional<ReferenceDate> inferred = latestCertain(unanchored);
        if (inferred.isEmpty()) {
            return new TimeAnalysis(null, unanchored);
        }
        return new TimeAnalysis(inferred.get(), resolve(text, candidates, inferred.get()));
    }

    /** The expressions of {@code text} resolved against {@code reference} (null: no reference). */
    public List<TimeExpression> find(String text, @Nullable LocalDate reference) {
        return run(text, reference == null ? null : ReferenceDate.published(reference));
    }

    /** The expressions of {@code text} resolved against a given (possibly inferred) reference. */
    public List<TimeExpression> resolve(String text, @Nullable ReferenceDate reference) {
        return run(text, reference);
    }

    /**
     * The latest date that {@code text} states absolutely (with its year), as an inferred reference: at day
     * precision when a full date is stated, else at month or year precision; empty when there is none.
     */
    public Optional<ReferenceDate> inferReference(String text) {
        return latestCertain(run(text, null));
    }

    /** The latest absolute date among {@code expressions}, as an inferred reference. */
    public static Optional<ReferenceDate> latestCertain(List<TimeExpression> expressions) {
        ReferenceDate best = null;
        for (TimeExpression e : expressions) {
            DateRange r = e.range();
            if (r == null || e.anchor() != Anchor.NONE) {
                continue;
            }
            Precision p = switch (e.precision()) {
                case DAY, TIME, RANGE -> Precision.DAY;
                case MONTH -> Precision.MONTH;
                case YEAR -> Precision.YEAR;
                default -> null;
            };
            if (p == null) {
                continue;
            }
            LocalDate d = p == Precision.DAY ? r.first() : r.last();
            if (best == null
                    || rank(p) > rank(best.precision())
                    || (rank(p) == rank(best.precision()) && d.isAfter(best.date()))) {
                best = new ReferenceDate(d, p, true);
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(Precision p) {
        return p == Precision.DAY ? 3 : p == Precision.MONTH ? 2 : 1;
    }

    private record Candidate(int start, int end, int rule, Match match) {

        int length() {
            return end - start;
        }
    }

    private List<TimeExpression> run(String text, @Nullable ReferenceDate reference) {
        return resolve(text, candidates(text), reference);
    }

    /** Every non-empty match of every rule in {@code text}, longest first, then by rule, then by start. */
    private List<Candidate> candidates(String text) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    candidates.add(new Candidate(m.start(), m.end(), i, Match.of(m, rule.groups())));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::length)
                .reversed()
                .thenComparingInt(Candidate::rule)
                .thenComparingInt(Candidate::start));
        return candidates;
    }

    /** The expressions {@code candidates} (from {@link #candidates}) give, resolved against {@code reference}. */
    private List<TimeExpression> resolve(String text, List<Candidate> candidates, @Nullable ReferenceDate reference) {
        Context context = new Context(text, reference);
        BitSet taken = new BitSet(text.length());
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (taken.nextSetBit(c.start()) >= 0 && taken.nextSetBit(c.start()) < c.end()) {
                continue;
            }
            context.at(c.start(), c.end());
            if (rules.get(c.rule()).resolver().resolve(c.match(), context) == null) {
                continue;
            }
            taken.set(c.start(), c.end());
            chosen.add(c);
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        List<TimeExpression> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            Rule rule = rules.get(c.rule());
            context.at(c.start(), c.end());
            Value v = rule.resolver().resolve(c.match(), context);
            if (v == null) {
                continue;
            }
            TimeType type = v.type() != null ? v.type() : rule.type();
            Span span = new Span(c.start(), c.end());
            out.add(new TimeExpression(
                    span,
                    span.of(text),
                    type,
                    v.value(),
                    v.precision(),
                    v.range(),
                    v.mod(),
                    v.anchor(),
                    v.anchorDate()));
            DateRange r = v.range();
            if (r != null && !v.comparison() && (type == TimeType.DATE || type == TimeType.TIME)) {
                context.mention(
                        new Period(v.precision() == Precision.TIME ? Precision.DAY : v.precision(), v.value(), r),
                        c.end());
            }
        }
        return List.copyOf(out);
    }
}
