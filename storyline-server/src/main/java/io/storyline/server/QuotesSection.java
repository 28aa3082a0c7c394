package io.storyline.server;

import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryQuote;
import io.storyline.digest.StoryQuoteGroup;
import io.storyline.quotegroups.QuoteRelation;
import io.storyline.quotegroups.WordDiff;
import io.storyline.speakers.Speaker;
import io.storyline.store.StoredArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Quotes by speaker, most quoted first, then quotes whose source is unnamed or unresolved; under a
 * quote that renders an earlier one with changes (trimmed, paraphrased, altered, misattributed), the
 * relation and the word diff from the earlier wording. Each quote links to its place in the article.
 */
final class QuotesSection implements Section {

    @Override
    public String id() {
        return "quotes";
    }

    @Override
    public String heading() {
        return "Quotes by speaker";
    }

    @Override
    public boolean available(StoryView story) {
        StoryDigest digest = story.digest();
        return digest == null || !digest.quotes().isEmpty();
    }

    @Override
    public void render(StoryView story, Html out) {
        StoryDigest digest = story.digest();
        if (digest == null) {
            out.raw("<p class=\"na\">Being computed: reload the page in a moment.</p>");
            return;
        }
        Map<String, StoredArticle> articles = story.byId();
        Map<String, StoryQuoteGroup.Relation> renders = new HashMap<>();
        for (StoryQuoteGroup g : digest.quoteGroups()) {
            for (StoryQuoteGroup.Relation r : g.relations()) {
                if (r.relation() != QuoteRelation.VERBATIM) {
                    renders.putIfAbsent(r.b(), r);
                }
            }
        }
        Map<String, List<StoryQuote>> bySpeaker = new LinkedHashMap<>();
        digest.speakers().forEach(s -> bySpeaker.put(s.id(), new ArrayList<>()));
        List<StoryQuote> unnamed = new ArrayList<>();
        for (StoryQuote q : digest.quotes()) {
            List<StoryQuote> list = q.speaker() == null ? null : bySpeaker.get(q.speaker());
            (list == null ? unnamed : list).add(q);
        }
        for (Speaker s : digest.speakers()) {
            List<StoryQuote> quotes = bySpeaker.getOrDefault(s.id(), List.of());
            if (quotes.isEmpty()) {
                continue;
            }
            out.raw("<h3>").text(s.name());
            if (s.role() != null) {
                out.raw(" <span class=\"role\">").text(s.role()).raw("</span>");
            }
            out.raw("</h3>");
            quoteList(quotes, digest, articles, renders, out);
        }
        if (!unnamed.isEmpty()) {
            out.raw("<h3>Unnamed or unresolved sources</h3>");
            quoteList(unnamed, digest, articles, renders, out);
        }
    }

    private static void quoteList(
            List<StoryQuote> quotes,
            StoryDigest digest,
            Map<String, StoredArticle> articles,
            Map<String, StoryQuoteGroup.Relation> renders,
            Html out) {
        out.raw("<ul class=\"quotes\">");
        for (StoryQuote q : quotes) {
            out.raw("<li><q>").text(q.text()).raw("</q>");
            StoredArticle a = articles.get(q.article());
            out.raw(" <span class=\"src\">— ");
            if (q.quote().speakerText() != null) {
                out.text(q.quote().speakerText()).raw(", ");
            }
            out.raw("<a");
            out.attr("href", ArticlePage.quoteHref(q.article(), q.quote()));
            out.raw(">").text(a == null ? q.article() : ArticlePage.label(a)).raw("</a>");
            out.raw(" <span class=\"kind\">").text(q.quote().kind().name().toLowerCase(java.util.Locale.ROOT));
            out.raw("</span></span>");
            StoryQuoteGroup.Relation r = renders.get(q.id());
            if (r != null) {
                diff(r, digest, articles, out);
            }
            out.raw("</li>");
        }
        out.raw("</ul>");
    }

    private static void diff(
            StoryQuoteGroup.Relation r, StoryDigest digest, Map<String, StoredArticle> articles, Html out) {
        out.raw("<p class=\"diff rel-")
                .text(r.relation().label())
                .raw("\"><span class=\"rel\">")
                .text(r.relation().label())
                .raw("</span> compared with ");
        StoryQuote earlier = digest.quote(r.a()).orElse(null);
        if (earlier == null) {
            out.text(r.a());
        } else {
            StoredArticle a = articles.get(earlier.article());
            out.raw("<a")
                    .attr("href", ArticlePage.quoteHref(earlier.article(), earlier.quote()))
                    .raw(">");
            out.text(a == null ? earlier.article() : ArticlePage.label(a)).raw("</a>");
        }
        out.raw(": ");
        for (WordDiff.Op op : r.diff().ops()) {
            String tag = tag(op.type());
            if (tag == null) {
                out.text(op.text()).raw(" ");
            } else {
                out.raw("<" + tag + ">").text(op.text()).raw("</" + tag + "> ");
            }
        }
        out.raw("</p>");
    }

    private static @Nullable String tag(WordDiff.OpType type) {
        return switch (type) {
            case EQUAL -> null;
            case DELETE -> "del";
            case INSERT -> "ins";
        };
    }
}
