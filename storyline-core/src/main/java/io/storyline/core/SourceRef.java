package io.storyline.core;

import java.util.Objects;

/**
 * Where a text comes from: another article of the corpus, or a source outside it (a wire agency, an
 * outlet, a newspaper) known only by the name an article gives it. The contract writes it as the
 * article id, or as {@code upstream:NAME} ({@link #wire}); {@link #parse} reads that form back.
 */
public sealed interface SourceRef {

    /** The prefix of an upstream source in the contract's JSON. */
    String UPSTREAM = "upstream:";

    /** The contract's form: the article id, or {@code upstream:NAME}. */
    String wire();

    /** Whether the source is outside the corpus. */
    default boolean upstream() {
        return this instanceof Upstream;
    }

    /** An article of the corpus. */
    static SourceRef article(String id) {
        return new ArticleSource(id);
    }

    /** A source outside the corpus, by the name an article gives it. */
    static SourceRef upstream(String name) {
        return new Upstream(name);
    }

    /** Reads the contract's form: {@code upstream:NAME} is an upstream source, anything else an article id. */
    static SourceRef parse(String wire) {
        return wire.startsWith(UPSTREAM) ? new Upstream(wire.substring(UPSTREAM.length())) : new ArticleSource(wire);
    }

    /**
     * An article of the corpus.
     *
     * @param id the article id
     */
    record ArticleSource(String id) implements SourceRef {
        public ArticleSource {
            Objects.requireNonNull(id, "id");
            if (id.isEmpty()) {
                throw new IllegalArgumentException("an article source needs an id");
            }
        }

        @Override
        public String wire() {
            return id;
        }
    }

    /**
     * A source outside the corpus.
     *
     * @param name the name an article gives it ("Reuters", "TASS")
     */
    record Upstream(String name) implements SourceRef {
        public Upstream {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("an upstream source needs a name");
            }
        }

        @Override
        public String wire() {
            return UPSTREAM + name;
        }
    }
}
