package io.storyline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Span;
import io.storyline.embed.TextEmbedder;
import io.storyline.nlp.EnglishModels;
import io.storyline.nlp.OpenNlpAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyGraphTest {

    private static final OpenNlpAnalyzer NLP = new OpenNlpAnalyzer(EnglishModels.load());

    /** Our own wire story: four statements, then copies, a rewrite and a trimmed copy of it. */
    private static final List<String> WIRE = List.of(
            "The Harbor City council voted on Tuesday to close the old ferry terminal by March.",
            "Mayor Lena Ortiz said the terminal had lost money for six years.",
            "Ferry workers said they would strike if the terminal closed.",
            "The council did not vote to close the terminal, a spokesman for the workers said.");

    private static List<ClaimUnit> article(String id, List<String> texts) {
        Map<String, Statement> parsed = new HashMap<>();
        List<ClaimUnit> out = new ArrayList<>();
        for (String t : texts) {
            // each article parses its own text: copies are equal statements, not the same object
            Statement s = parsed.computeIfAbsent(t, x -> Statement.of(x, NLP));
            out.add(new ClaimUnit(id, out.size(), new Span(0, t.length()), false, null, null, s));
        }
        return out;
    }

    private static List<List<ClaimUnit>> story() {
        List<List<ClaimUnit>> units = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            units.add(article("copy" + i, WIRE));
        }
        units.add(article(
                "rewrite",
                WIRE.stream()
                        .map(t -> t.replace(" said ", " stated ").replace(" would ", " will "))
                        .toList()));
        units.add(article("trimmed", WIRE.subList(0, 2)));
        units.add(article("repeats", List.of(WIRE.get(0), "Ortiz spoke at the harbor on Tuesday.", WIRE.get(0))));
        return units;
    }

    private static StoryAlignment aligned(List<List<ClaimUnit>> units) {
        TextEmbedder embedder = new LetterEmbedder();
        StatementAligner aligner = new StatementAligner(embedder, StatementAligner.Options.claims());
        ClaimLinker linker = new ClaimLinker(embedder, aligner, ClaimLinker.Options.defaults());
        StoryAlignment same = StoryAlignment.align(units, aligner);
        return new StoryAlignment(
                units, same.same(), same.contradictions(), linker.links(units).links(), same.compared(), 0);
    }

    @Test
    void copiesGroupedAsNodesGiveTheClaimsOfUnitByUnitGrouping() {
        StoryAlignment story = aligned(story());
        List<String> order = story.units().stream().map(u -> u.get(0).article()).toList();
        ClaimClusterer clusterer = new ClaimClusterer();
        List<Claim> byNode = clusterer.cluster(story, OriginEvidence.none(), order, true);
        List<Claim> byUnit = clusterer.cluster(story, OriginEvidence.none(), order, false);
        assertThat(byNode).isEqualTo(byUnit);
        assertThat(byNode.get(0).support()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void copiesOfAStatementMakeOneNodeAndARepeatInOneArticleAnother() {
        StoryAlignment story = aligned(story());
        List<ClaimUnit> all = new ArrayList<>();
        story.units().forEach(all::addAll);
        Map<ClaimUnit, Integer> id = new HashMap<>();
        all.forEach(u -> id.put(u, id.size()));
        CopyGraph graph = CopyGraph.of(all, story.links(), id::get, 0.6, 0.4, true);
        // copy0..5 share four nodes, the trimmed copy and the first "repeats" unit join two of them
        assertThat(graph.node(4)).isEqualTo(graph.node(0));
        int repeats = all.size() - 3;
        assertThat(graph.node(repeats)).isEqualTo(graph.node(0));
        assertThat(graph.node(repeats + 2)).isNotEqualTo(graph.node(0));
        assertThat(graph.size()).isLessThan(all.size() / 2);
    }

    @Test
    void inconsistentLinksBetweenCopiesFallBackToUnits() {
        List<List<ClaimUnit>> units = List.of(article("a", WIRE), article("b", WIRE), article("c", WIRE));
        List<ClaimUnit> all = new ArrayList<>();
        units.forEach(all::addAll);
        Map<ClaimUnit, Integer> id = new HashMap<>();
        all.forEach(u -> id.put(u, id.size()));
        ClaimUnit a0 = units.get(0).get(0);
        ClaimUnit b0 = units.get(1).get(0);
        ClaimUnit c0 = units.get(2).get(0);
        // the copies of the first statement scored differently: they may not be one node
        List<UnitLink> links = List.of(
                new UnitLink(a0, b0, 1.2, false), new UnitLink(a0, c0, 1.2, false), new UnitLink(b0, c0, 0.9, false));
        CopyGraph graph = CopyGraph.of(all, links, id::get, 0.6, 0.4, true);
        assertThat(graph.size()).isEqualTo(all.size());
    }
}
