package io.storyline.analysis;

import io.storyline.embed.TextEmbedder;
import io.storyline.nlp.Sentence;
import java.util.Set;

/**
 * Embeds the article's lead: its title and first sentences, up to about {@code maxChars}
 * characters. The lead carries the who, what and where that decide the story; embedding more
 * costs time for little change.
 */
public final class EmbeddingStage implements ArticleStage {

    private final TextEmbedder embedder;
    private final int maxChars;

    public EmbeddingStage(TextEmbedder embedder, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be >= 1, got " + maxChars);
        }
        this.embedder = embedder;
        this.maxChars = maxChars;
    }

    @Override
    public String name() {
        return "embedding";
    }

    @Override
    public Set<Facet> needs() {
        return Set.of(Facet.SENTENCES);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.EMBEDDING);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle a) {
        return a.withEmbedding(embedder.embed(lead(a, maxChars)));
    }

    static String lead(AnalyzedArticle a, int maxChars) {
        StringBuilder sb = new StringBuilder();
        String title = a.article().title();
        if (title != null && !title.isBlank()) {
            sb.append(title.strip()).append(". ");
        }
        String text = a.article().text();
        for (Sentence s : a.sentences()) {
            if (sb.length() >= maxChars) {
                break;
            }
            sb.append(s.span().of(text)).append(' ');
        }
        if (sb.length() == 0) {
            sb.append(a.contentText(), 0, Math.min(maxChars, a.contentText().length()));
        }
        return sb.length() > maxChars ? sb.substring(0, maxChars) : sb.toString();
    }
}
