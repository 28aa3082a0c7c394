package io.storyline.store;

import io.storyline.core.Span;
import io.storyline.digest.StoryDigest;
import io.storyline.digest.StoryQuote;
import io.storyline.digest.SummarySentence;
import io.storyline.names.Name;
import io.storyline.nlp.Sentence;
import io.storyline.provenance.ProvenanceEdge;
import io.storyline.quotes.Quote;
import io.storyline.time.TimeExpression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a data directory, in the spirit of Lucene's CheckIndex: every article row decodes, its id
 * and content-hash columns agree with its document, its text hashes to what it was analysed under and
 * every span lies inside it; the id and story indices find the rows a scan finds; near-duplicate marks
 * name stored articles; every stored digest belongs to a story that has articles, decodes, and cites
 * only that story's articles. Findings are {@link Severity#DAMAGE} (the store is not sound) or {@link
 * Severity#STALE} (a digest that no longer matches its story's articles, or is missing: sound, since
 * readers recompute it, but worth knowing).
 *
 * <p>{@link #repair} rebuilds what can be rebuilt from the articles: rows that do not decode or whose
 * text changed after analysis go to the quarantine table (kept, not lost; re-analyse their source),
 * content-hash columns are recomputed, dangling near-duplicate marks dropped, the story index rebuilt,
 * broken or orphaned digests deleted and every missing or stale digest recomputed. Costs two reads of
 * every article; take the write lock ({@link Store#lockForWriting}) before repairing.
 */
public final class StoreCheck {

    /** How bad a finding is. */
    public enum Severity {
        /** The store is not sound: something is wrong that readers would trip on. */
        DAMAGE,
        /** Sound, but a digest must be recomputed (readers do so when they need it). */
        STALE
    }

    /** One thing found, in words. */
    public record Finding(Severity severity, String what) {}

    /**
     * What a check found.
     *
     * @param articles article rows read
     * @param stories stories (distinct story ids of the rows)
     * @param digests stored digests read
     * @param findings what is wrong, damage first
     * @param repaired what a repair did (empty for a check)
     */
    public record Report(int articles, int stories, int digests, List<Finding> findings, List<String> repaired) {

        public Report {
            findings = List.copyOf(findings);
            repaired = List.copyOf(repaired);
        }

        /** True when nothing is damaged (stale digests allowed). */
        public boolean sound() {
            return findings.stream().noneMatch(f -> f.severity() == Severity.DAMAGE);
        }
    }

    private static final int STALE_NAMED = 10;

    private final Store store;
    private final StoreRows table;
    private final @Nullable StoryDigests digester;
    private final List<Finding> damage = new ArrayList<>();
    private final List<String> stale = new ArrayList<>();
    private final List<String> repaired = new ArrayList<>();
    private final Map<String, Integer> storySizes = new TreeMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<Long, StoredArticle> nearDuplicates = new LinkedHashMap<>();
    private final Set<String> redigest = new LinkedHashSet<>();
    private int rows;
    private int digestRows;

    private StoreCheck(Store store, @Nullable StoryDigests digester) {
        this.store = store;
        this.table = store.rows();
        this.digester = digester;
    }

    /** Checks {@code store}, changing nothing. */
    public static Report check(Store store) {
        return new StoreCheck(store, null).run();
    }

    /**
     * Repairs what can be rebuilt from the articles, recomputing digests with {@code digests} (which
     * must store into {@code store}), then checks again: the report holds what was done and what is
     * still wrong.
     */
    public static Report repair(Store store, StoryDigests digests) {
        StoreCheck first = new StoreCheck(store, digests);
        first.run();
        Report after = check(store);
        return new Report(after.articles(), after.stories(), after.digests(), after.findings(), first.repaired);
    }

    private boolean repairing() {
        return digester != null;
    }

    private Report run() {
        String schema = table.schema();
        if (!schema.equals(String.valueOf(Store.SCHEMA))) {
            damage("the store records schema version " + schema + "; this build reads version " + Store.SCHEMA);
        }
        table.rows(this::row);
        danglingNearDuplicates();
        storyIndex();
        digests();
        List<Finding> findings = new ArrayList<>(damage);
        if (!stale.isEmpty()) {
            findings.add(new Finding(
                    Severity.STALE,
                    stale.size() + " stor" + (stale.size() == 1 ? "y has" : "ies have")
                            + " a stale or missing digest ("
                            + String.join(", ", stale.subList(0, Math.min(STALE_NAMED, stale.size())))
                            + (stale.size() > STALE_NAMED ? ", …" : "")
                            + "): readers recompute them when they need them;"
                            + " check --repair recomputes them now"));
        }
        return new Report(rows, storySizes.size(), digestRows, findings, repaired);
    }

    private void damage(String what) {
        damage.add(new Finding(Severity.DAMAGE, what));
    }

    private void row(StoreRows.Row row) {
        rows++;
        String where = "article row " + row.seq() + " (id \"" + row.id() + "\")";
        StoredArticle a;
        try {
            a = table.decode(row);
        } catch (RuntimeException e) {
            quarantine(row, where + " does not decode: " + e.getMessage());
            return;
        }
        if (!a.id().equals(row.id())) {
            quarantine(row, where + ": the id column says \"" + row.id() + "\", the document \"" + a.id() + "\"");
            return;
        }
        if (!StoredArticle.contentHash(a.article().text()).equals(a.contentHash())) {
            quarantine(
                    row,
                    where + ": its text does not hash to the content hash it was analysed under"
                            + " (the text changed after analysis)");
            return;
        }
        String outside = spanOutside(a);
        if (outside != null) {
            quarantine(
                    row,
                    where + ": " + outside + " lies outside its text of "
                            + a.article().text().length() + " characters");
            return;
        }
        if (!a.features().id().equals(a.id())) {
            quarantine(
                    row,
                    where + ": its story-assembly features belong to \""
                            + a.features().id() + "\"");
            return;
        }
        if (!row.contentHash().equals(a.contentHash())) {
            damage(where + ": the content-hash column (" + abbrev(row.contentHash()) + ") disagrees with the"
                    + " document (" + abbrev(a.contentHash()) + ")");
            if (repairing()) {
                table.setContentHash(row.seq(), a.contentHash());
                repaired.add("recomputed the content-hash column of " + where);
            }
        }
        long indexed = table.seqOf(row.id());
        if (indexed != row.seq()) {
            damage("the id index finds " + (indexed < 0 ? "no row" : "row " + indexed) + " for \"" + row.id()
                    + "\", which is stored at row " + row.seq() + " (not repairable here: export and re-analyse)");
        }
        ids.add(a.id());
        storySizes.merge(row.story(), 1, Integer::sum);
        if (a.nearDuplicateOf() != null) {
            nearDuplicates.put(row.seq(), a);
        }
    }

    private static String abbrev(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }

    private void quarantine(StoreRows.Row row, String why) {
        damage(why);
        if (!repairing()) {
            // the row is still there: its story has it, whatever else is wrong with it
            ids.add(row.id());
            storySizes.merge(row.story(), 1, Integer::sum);
        } else {
            table.quarantine(row.seq(), why);
            repaired.add("moved " + "article row " + row.seq() + " (id \"" + row.id() + "\") to the quarantine table;"
                    + " re-analyse its source to restore it");
        }
    }

    private static @Nullable String spanOutside(StoredArticle a) {
        int n = a.article().text().length();
        for (Span s : a.boilerplate()) {
            if (s.end() > n) {
                return "boilerplate span " + s;
            }
        }
        for (Name m : a.names()) {
            if (m.span().end() > n) {
                return "name span " + m.span();
            }
        }
        for (Quote q : a.quotes()) {
            if (q.span().end() > n) {
                return "quote span " + q.span();
            }
        }
        for (TimeExpression t : a.times()) {
            if (t.span().end() > n) {
                return "time expression span " + t.span();
            }
        }
        for (Sentence s : a.sentences()) {
            if (s.span().end() > n) {
                return "sentence span " + s.span();
            }
        }
        return null;
    }

    private void danglingNearDuplicates() {
        nearDuplicates.forEach((seq, a) -> {
            String of = a.nearDuplicateOf();
            if (of != null && !ids.contains(of)) {
                damage("article \"" + a.id() + "\" is marked a near-duplicate of \"" + of + "\", which is not stored");
                if (repairing()) {
                    table.rewrite(seq, withoutNearDuplicate(a));
                    repaired.add("dropped the near-duplicate mark of \"" + a.id() + "\"");
                }
            }
        });
    }

    private static StoredArticle withoutNearDuplicate(StoredArticle a) {
        return new StoredArticle(
                a.article(),
                a.contentHash(),
                a.language(),
                a.boilerplate(),
                a.names(),
                a.features(),
                a.story(),
                null,
                a.quotes(),
                a.times(),
                a.sentences());
    }

    private void storyIndex() {
        boolean broken = false;
        for (Map.Entry<String, Integer> e : storySizes.entrySet()) {
            int indexed = table.storySize(e.getKey());
            if (indexed != e.getValue()) {
                damage("the story index finds " + indexed + " articles in story " + e.getKey() + ", the rows hold "
                        + e.getValue());
                broken = true;
            }
        }
        if (broken && repairing()) {
            table.rebuildStoryIndex();
            repaired.add("rebuilt the story index");
        }
    }

    private void digests() {
        Map<String, Store.StoredDigest> stored = store.digestRows().digests();
        digestRows = stored.size();
        DigestCodec codec = new DigestCodec();
        for (Map.Entry<String, Store.StoredDigest> e : stored.entrySet()) {
            String story = e.getKey();
            if (!storySizes.containsKey(story)) {
                damage("a digest is stored for story " + story + ", which has no articles");
                dropDigest(story, false);
                continue;
            }
            StoryDigest d;
            try {
                d = codec.read(e.getValue().doc(), "story " + story);
            } catch (RuntimeException ex) {
                damage("the digest of story " + story + " does not decode: " + ex.getMessage());
                dropDigest(story, true);
                continue;
            }
            List<StoredArticle> ordered;
            try {
                ordered = StoryDigests.inStoryOrder(store.story(story));
            } catch (RuntimeException ex) {
                continue; // an article of the story does not decode: already reported above
            }
            String[] basis = e.getValue().basis().split(" ");
            if (basis.length != 3 || !basis[0].equals("v" + DigestCodec.FORMAT)) {
                stale.add(story);
                redigest.add(story);
                continue;
            }
            if (!basis[2].equals(StoryDigests.articlesHash(ordered))) {
                stale.add(story);
                redigest.add(story);
                continue;
            }
            String foreign = foreignArticle(d, ids(ordered));
            if (foreign != null) {
                damage("the digest of story " + story + " cites article \"" + foreign + "\", which is not in the story"
                        + " (the digest does not match its story)");
                dropDigest(story, true);
            }
        }
        for (String story : storySizes.keySet()) {
            if (!stored.containsKey(story)) {
                stale.add(story);
                redigest.add(story);
            }
        }
        StoryDigests d = digester;
        if (d != null) {
            int computed = d.refresh(store, redigest);
            if (!redigest.isEmpty()) {
                repaired.add("recomputed " + computed + " digest" + (computed == 1 ? "" : "s"));
            }
            store.digestsDone();
        }
    }

    private void dropDigest(String story, boolean recompute) {
        if (repairing()) {
            store.digestRows().deleteDigest(story);
            repaired.add("deleted the digest of story " + story);
        }
        if (recompute) {
            redigest.add(story);
        }
    }

    private static Set<String> ids(List<StoredArticle> articles) {
        Set<String> out = new HashSet<>();
        articles.forEach(a -> out.add(a.id()));
        return out;
    }

    /** An article the digest cites that is not one of {@code ids}, or null. */
    private static @Nullable String foreignArticle(StoryDigest d, Set<String> ids) {
        List<String> cited = new ArrayList<>();
        for (StoryQuote q : d.quotes()) {
            cited.add(q.ref().article());
        }
        for (SummarySentence s : d.summary()) {
            cited.add(s.article());
            cited.addAll(s.citations());
        }
        for (ProvenanceEdge p : d.evidence().provenance()) {
            cited.add(p.article());
        }
        cited.addAll(d.evidence().flags().keySet());
        return cited.stream().filter(a -> !ids.contains(a)).findFirst().orElse(null);
    }
}
