package io.storyline.analysis;

import io.storyline.dedup.MinHasher;
import java.util.Set;

/** Computes the MinHash fingerprint of the text outside the boilerplate. */
public final class FingerprintStage implements ArticleStage {

    private final MinHasher hasher;

    public FingerprintStage(MinHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public String name() {
        return "fingerprint";
    }

    @Override
    public Set<Facet> needs() {
        return Set.of(Facet.BOILERPLATE);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.FINGERPRINT);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle a) {
        return a.withFingerprint(hasher.fingerprint(a.contentText()));
    }
}
