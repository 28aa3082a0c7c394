package io.storyline.server;

import io.storyline.cluster.ArticleFeatures;
import io.storyline.core.Article;
import io.storyline.store.Store;
import io.storyline.store.StoredArticle;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second process for {@link LiveStoreTest}: opens a data directory another process may hold and
 * adds copies of one article under new ids, each in a story of its own. Arguments: the data
 * directory, the article to copy, then ids to write; "-" waits for a line on stdin first. Prints
 * "wrote ID" after each and "closed" at the end.
 */
public final class StoreWriter {

    private StoreWriter() {}

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Store store = Store.open(Path.of(args[0]))) {
            StoredArticle source = store.article(args[1]).orElseThrow();
            System.out.println("open " + store.size());
            for (int i = 2; i < args.length; i++) {
                if (args[i].equals("-")) {
                    in.readLine();
                    continue;
                }
                store.put(copy(source, args[i]));
                System.out.println("wrote " + args[i]);
            }
        }
        System.out.println("closed");
    }

    static StoredArticle copy(StoredArticle s, String id) {
        Article a = s.article();
        ArticleFeatures f = s.features();
        return new StoredArticle(
                new Article(id, "Copy " + id, a.text(), a.published(), a.outlet(), a.url(), a.language()),
                s.contentHash(),
                s.language(),
                s.boilerplate(),
                s.names(),
                new ArticleFeatures(
                        id, f.published(), f.terms(), f.names(), f.nameTypes(), f.fingerprint(), f.embedding()),
                "story-" + id,
                null,
                s.quotes(),
                s.times(),
                s.sentences());
    }
}
