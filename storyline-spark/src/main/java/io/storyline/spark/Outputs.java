package io.storyline.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Writes the job's tables; the layout is documented on {@link StorylineJob}. */
final class Outputs {

    private Outputs() {}

    static final StructType ARTICLES = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("story", DataTypes.StringType, false)
            .add("input", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true)
            .add("published", DataTypes.StringType, true)
            .add("outlet", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, false)
            .add("near_duplicate_of", DataTypes.StringType, true)
            .add("flags", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("json", DataTypes.StringType, false)
            .add("doc", DataTypes.StringType, false);

    static final StructType STORIES = new StructType()
            .add("story", DataTypes.StringType, false)
            .add("size", DataTypes.IntegerType, false)
            .add("articles", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("json", DataTypes.StringType, false);

    static void write(SparkSession spark, String out, JavaRDD<StoryViews.Written> written) {
        JavaRDD<Row> articles = written.flatMap(w -> {
            List<Row> rows = new ArrayList<>();
            for (StoryViews.ArticleOut a : w.articles()) {
                rows.add(RowFactory.create(
                        a.id(),
                        w.story(),
                        a.input(),
                        a.title(),
                        a.published(),
                        a.outlet(),
                        a.url(),
                        a.language(),
                        a.nearDuplicateOf(),
                        a.flags().toArray(new String[0]),
                        a.json(),
                        a.doc()));
            }
            return rows.iterator();
        });
        StorylineJob.write(spark, articles, ARTICLES, out + "/articles");
        JavaRDD<Row> stories = written.map(w -> RowFactory.create(
                w.story(),
                w.articles().size(),
                w.articles().stream().map(StoryViews.ArticleOut::id).toArray(String[]::new),
                w.json()));
        StorylineJob.write(spark, stories, STORIES, out + "/stories");
        StorylineJob.writeText(spark, written.map(StoryViews.Written::json), out + "/stories-json");
        StorylineJob.writeText(
                spark,
                written.flatMap(w ->
                        w.articles().stream().map(StoryViews.ArticleOut::json).iterator()),
                out + "/articles-json");
        // the store's documents (story set), one per line: what `storyline import` reads without Spark
        StorylineJob.writeText(
                spark,
                written.flatMap(w ->
                        w.articles().stream().map(StoryViews.ArticleOut::doc).iterator()),
                out + "/store-docs");
    }
}
