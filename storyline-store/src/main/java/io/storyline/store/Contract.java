package io.storyline.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.storyline.claims.Claim;
import io.storyline.claims.Support;
import io.storyline.core.Article;
import io.storyline.core.Span;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryQuote;
import io.storyline.digest.StoryQuoteGroup;
import io.storyline.digest.SummarySentence;
import io.storyline.digest.TimelineEntry;
import io.storyline.provenance.Evidence;
import io.storyline.provenance.ProvenanceEdge;
import io.storyline.provenance.UpstreamCredit;
import io.storyline.quotegroups.WordDiff;
import io.storyline.quotes.Quote;
import io.storyline.speakers.Speaker;
import io.storyline.time.TimeExpression;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The output contract (docs/CONTRACT.md, version 1) as records: one record per JSON object, its
 * components named and ordered as the contract's fields, each built from the analysis by its {@code of}
 * method. {@link JsonExport} (the whole document) and the REST API (one story, one article) write these
 * records with {@link #MAPPER}, so the two can never disagree on a field. Spans appear flattened, as
 * {@code start} and {@code end} fields of the object that has them; enums as lower-case words or their
 * labels; a source as its wire form ({@link io.storyline.core.SourceRef#wire}).
 *
 * <p>One file on purpose, though over 400 lines: it is the contract itself, a few lines of record and
 * {@code of} method per JSON object, in the order {@code docs/CONTRACT.md} lists them, so the two read
 * side by side and a new field changes one place.
 */
public final class Contract {

    /** The contract's version, the {@code version} field of the document. */
    public static final int VERSION = 1;

    /** The one mapper that writes the contract (records in component order, nulls written). */
    public static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private Contract() {}

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** An {@code articles[]} element. */
    public record ArticleJson(
            String id,
            @Nullable String title,
            @Nullable String published,
            @Nullable String outlet,
            @Nullable String url,
            @Nullable String language,
            String story,
            String text,
            List<SpanJson> boilerplate,
            List<TimeJson> times,
            List<String> flags,
            @Nullable String nearDuplicateOf) {

        /**
         * {@code s} with {@code storyFlags} (labels, from its story's digest: {@link StoryDigests#flags})
         * and near-duplicate when it is one; flags sorted.
         */
        public static ArticleJson of(StoredArticle s, Set<String> storyFlags) {
            Article a = s.article();
            Set<String> flags = new TreeSet<>(storyFlags);
            if (s.nearDuplicateOf() != null) {
                flags.add("near-duplicate");
            }
            return new ArticleJson(
                    a.id(),
                    a.title(),
                    a.published() == null ? null : a.published().toString(),
                    a.outlet(),
                    a.url(),
                    s.language(),
                    s.story(),
                    a.text(),
                    s.boilerplate().stream().map(SpanJson::of).toList(),
                    s.times().stream().map(TimeJson::of).toList(),
                    List.copyOf(flags),
                    s.nearDuplicateOf());
        }
    }

    /** A span as an object of its own ({@code boilerplate[]}). */
    public record SpanJson(int start, int end) {

        static SpanJson of(Span s) {
            return new SpanJson(s.start(), s.end());
        }
    }

    /** A {@code times[]} element of an article. */
    public record TimeJson(
            int start, int end, String text, @Nullable String value, String type, String precision, String anchor) {

        static TimeJson of(TimeExpression t) {
            return new TimeJson(
                    t.span().start(),
                    t.span().end(),
                    t.text(),
                    t.value(),
                    lower(t.type()),
                    lower(t.precision()),
                    lower(t.anchor()));
        }
    }

    /** A {@code stories[]} element: the story's articles and every section of its digest. */
    public record StoryJson(
            String id,
            String title,
            List<String> articles,
            List<SpeakerJson> speakers,
            List<QuoteJson> quotes,
            List<QuoteGroupJson> quoteGroups,
            List<TimelineJson> timeline,
            List<ClaimJson> claims,
            List<ProvenanceJson> provenance,
            List<CreditJson> credits,
            List<SummaryJson> summary) {

        /**
         * Story {@code id} of {@code articles} (in story order) with digest {@code d}; {@code globalIds}
         * maps its speakers to store-wide speaker ids ({@link SpeakerIndex}).
         */
        public static StoryJson of(
                String id, List<StoredArticle> articles, StoryDigest d, Map<String, String> globalIds) {
            return new StoryJson(
                    id,
                    StoryTitles.title(articles),
                    articles.stream().map(StoredArticle::id).toList(),
                    d.speakers().stream()
                            .map(s -> SpeakerJson.of(s, globalIds.get(s.id())))
                            .toList(),
                    d.quotes().stream().map(QuoteJson::of).toList(),
                    d.quoteGroups().stream().map(QuoteGroupJson::of).toList(),
                    d.timeline().stream().map(TimelineJson::of).toList(),
                    d.evidence().claims().stream().map(ClaimJson::of).toList(),
                    d.evidence().provenance().stream().map(ProvenanceJson::of).toList(),
                    d.evidence().credits().stream().map(CreditJson::of).toList(),
                    d.summary().stream().map(SummaryJson::of).toList());
        }
    }

    /**
     * The REST API's story object: the contract's story ({@link StoryJson}, its fields in place) and how
     * current its sections are.
     */
    public record ApiStoryJson(@JsonUnwrapped StoryJson story, DigestJson digest) {}

    /**
     * Whether the sections shown were computed from the story's articles as they are now: {@code basis}
     * is what they were computed from, {@code storyBasis} what a current digest is computed from.
     */
    public record DigestJson(boolean current, String basis, String storyBasis) {}

    /** The fields a story's speaker and a store-wide speaker share. */
    public record SpeakerFields(
            String id,
            String name,
            @Nullable String role,
            @Nullable String side,
            List<String> affiliations,
            String kind,
            int quoteCount,
            List<String> variants) {

        static SpeakerFields of(Speaker s) {
            return new SpeakerFields(
                    s.id(), s.name(), s.role(), s.side(), s.affiliations(), lower(s.kind()), s.quotes(), s.variants());
        }
    }

    /** A story's {@code speakers[]} element: the speaker and its store-wide id ({@code global}). */
    public record SpeakerJson(
            @JsonUnwrapped SpeakerFields speaker, @Nullable String global) {

        static SpeakerJson of(Speaker s, @Nullable String global) {
            return new SpeakerJson(SpeakerFields.of(s), global);
        }
    }

    /** A store-wide speaker, the document's top-level {@code speakers[]} element, with its stories. */
    public record GlobalSpeakerJson(@JsonUnwrapped SpeakerFields speaker, List<String> stories) {

        static GlobalSpeakerJson of(Speaker s, List<String> stories) {
            return new GlobalSpeakerJson(SpeakerFields.of(s), stories);
        }
    }

    /** A story's {@code quotes[]} element. */
    public record QuoteJson(
            String id,
            String article,
            String kind,
            @Nullable String speaker,
            @Nullable String speakerText,
            @Nullable Integer speakerStart,
            @Nullable Integer speakerEnd,
            int start,
            int end,
            String text,
            boolean anonymous,
            @Nullable String side) {

        static QuoteJson of(StoryQuote e) {
            Quote q = e.quote();
            Span sp = q.speakerSpan();
            return new QuoteJson(
                    e.id(),
                    e.article(),
                    lower(q.kind()),
                    e.speaker(),
                    q.speakerText(),
                    sp == null ? null : sp.start(),
                    sp == null ? null : sp.end(),
                    q.span().start(),
                    q.span().end(),
                    e.text(),
                    e.anonymous(),
                    e.side());
        }
    }

    /** A story's {@code quoteGroups[]} element. */
    public record QuoteGroupJson(List<String> quotes, List<RelationJson> relations) {

        static QuoteGroupJson of(StoryQuoteGroup g) {
            return new QuoteGroupJson(
                    g.quotes(), g.relations().stream().map(RelationJson::of).toList());
        }
    }

    /** How quote {@code b} differs from quote {@code a} of its group, word by word. */
    public record RelationJson(String a, String b, String relation, List<DiffJson> diff) {

        static RelationJson of(StoryQuoteGroup.Relation r) {
            return new RelationJson(
                    r.a(),
                    r.b(),
                    r.relation().label(),
                    r.diff().ops().stream().map(DiffJson::of).toList());
        }
    }

    /** One step of a word diff. */
    public record DiffJson(String op, String text) {

        static DiffJson of(WordDiff.Op op) {
            return new DiffJson(lower(op.type()), op.text());
        }
    }

    /** A story's {@code timeline[]} element. */
    public record TimelineJson(
            String date,
            String precision,
            String text,
            List<String> articles,
            @Nullable String expression,
            boolean inferred,
            List<TimelineSupportJson> support) {

        static TimelineJson of(TimelineEntry t) {
            return new TimelineJson(
                    t.date(),
                    lower(t.precision()),
                    t.text(),
                    t.articles(),
                    t.expression(),
                    t.inferred(),
                    t.support().stream().map(TimelineSupportJson::of).toList());
        }
    }

    /** The sentence of one article that dates a timeline entry, and the expression in it. */
    public record TimelineSupportJson(
            String article, int start, int end, int expressionStart, int expressionEnd, String expression) {

        static TimelineSupportJson of(TimelineEntry.Support s) {
            return new TimelineSupportJson(
                    s.article(),
                    s.sentence().start(),
                    s.sentence().end(),
                    s.expression().start(),
                    s.expression().end(),
                    s.text());
        }
    }

    /** A story's {@code summary[]} element. */
    public record SummaryJson(
            String text,
            List<String> citations,
            String article,
            int start,
            int end,
            int independentOrigins,
            boolean singleOrigin,
            String status,
            List<String> claims) {

        static SummaryJson of(SummarySentence s) {
            return new SummaryJson(
                    s.text(),
                    s.citations(),
                    s.article(),
                    s.span().start(),
                    s.span().end(),
                    s.independentOrigins(),
                    s.singleOrigin(),
                    s.status().label(),
                    s.claims());
        }
    }

    /** A story's {@code claims[]} element. */
    public record ClaimJson(
            String id,
            String text,
            boolean quote,
            @Nullable String speaker,
            List<SupportJson> support,
            int independentOrigins,
            String status,
            List<String> contradicts) {

        static ClaimJson of(Claim c) {
            return new ClaimJson(
                    c.id(),
                    c.text(),
                    c.quote(),
                    c.speaker(),
                    c.support().stream().map(SupportJson::of).toList(),
                    c.independentOrigins(),
                    c.status().label(),
                    c.contradicts());
        }
    }

    /** One statement supporting a claim, with the origin it counts for. */
    public record SupportJson(String article, int start, int end, String text, String origin) {

        static SupportJson of(Support s) {
            return new SupportJson(
                    s.article(),
                    s.span().start(),
                    s.span().end(),
                    s.text(),
                    s.origin().wire());
        }
    }

    /** A story's {@code provenance[]} element. */
    public record ProvenanceJson(
            String article,
            String source,
            String relation,
            boolean credited,
            String direction,
            List<EvidenceJson> evidence) {

        static ProvenanceJson of(ProvenanceEdge p) {
            return new ProvenanceJson(
                    p.article(),
                    p.source().wire(),
                    p.relation().label(),
                    p.credited(),
                    p.direction().label(),
                    p.evidence().stream().map(EvidenceJson::of).toList());
        }
    }

    /** A passage backing a provenance edge; the source's span only when the source is an article. */
    public record EvidenceJson(
            int start,
            int end,
            String text,
            @Nullable String sourceArticle,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            Integer sourceStart,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            Integer sourceEnd) {

        static EvidenceJson of(Evidence e) {
            Span ss = e.sourceSpan();
            return new EvidenceJson(
                    e.span().start(),
                    e.span().end(),
                    e.text(),
                    e.sourceArticle(),
                    ss == null ? null : ss.start(),
                    ss == null ? null : ss.end());
        }
    }

    /** A story's {@code credits[]} element: an upstream source an article names. */
    public record CreditJson(String article, String name, int start, int end, boolean media) {

        static CreditJson of(UpstreamCredit c) {
            return new CreditJson(
                    c.article(), c.name(), c.span().start(), c.span().end(), c.media());
        }
    }

    /**
     * The REST API's article object: the contract's article ({@link ArticleJson}, its fields in place)
     * and, beyond it, the quotes found in the article.
     */
    public record ApiArticleJson(@JsonUnwrapped ArticleJson article, List<ArticleQuoteJson> quotes) {

        /** {@code a} (the contract's article of {@code s}) with the quotes of {@code s}. */
        public static ApiArticleJson of(ArticleJson a, StoredArticle s) {
            String text = s.article().text();
            return new ApiArticleJson(
                    a,
                    s.quotes().stream().map(q -> ArticleQuoteJson.of(q, text)).toList());
        }
    }

    /** A quote of one article as the API gives it (before the story's speaker resolution). */
    public record ArticleQuoteJson(
            String kind,
            int start,
            int end,
            String text,
            @Nullable String speaker,
            @Nullable String speakerText,
            @Nullable Integer speakerStart,
            @Nullable Integer speakerEnd,
            boolean anonymous) {

        static ArticleQuoteJson of(Quote q, String articleText) {
            Span sp = q.speakerSpan();
            return new ArticleQuoteJson(
                    lower(q.kind()),
                    q.span().start(),
                    q.span().end(),
                    q.span().of(articleText),
                    q.speaker(),
                    q.speakerText(),
                    sp == null ? null : sp.start(),
                    sp == null ? null : sp.end(),
                    q.anonymous());
        }
    }
}
