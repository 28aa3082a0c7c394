package io.storyline.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ClaimClustererTest {

    private static ClaimUnit unit(String article, int index) {
        String text = article + " statement " + index;
        return new ClaimUnit(
                article, index, new Span(0, text.length()), false, null, null, Statement.of(text, List.of()));
    }

    private static StoryAlignment story(List<List<ClaimUnit>> units, List<UnitLink> links) {
        return new StoryAlignment(units, List.of(), List.of(), links, 0, 0);
    }

    @Test
    void twoStatementsCalledDifferentAreNeverJoinedThroughOthers() {
        ClaimUnit a = unit("a", 0);
        ClaimUnit b = unit("b", 0);
        ClaimUnit c = unit("c", 0);
        ClaimUnit d = unit("d", 0);
        List<UnitLink> links = List.of(
                new UnitLink(a, b, 0.9, false),
                new UnitLink(a, c, 0.9, false),
                new UnitLink(b, c, 0.9, false),
                new UnitLink(a, d, 0.9, false),
                new UnitLink(b, d, 0.9, false),
                // c and d are different; their mean with the others is still 0.63
                new UnitLink(c, d, 0.1, false));
        StoryAlignment story = story(List.of(List.of(a), List.of(b), List.of(c), List.of(d)), links);
        List<String> order = List.of("a", "b", "c", "d");
        List<Claim> chained = new ClaimClusterer(new ClaimClusterer.Options(0.6, 0.7, 0))
                .cluster(story, OriginEvidence.none(), order);
        assertThat(chained.get(0).articles()).containsExactly("a", "b", "c", "d");
        List<Claim> apart = new ClaimClusterer(new ClaimClusterer.Options(0.6, 0.7, 0.2))
                .cluster(story, OriginEvidence.none(), order);
        for (Claim claim : apart) {
            assertThat(claim.articles().contains("c") && claim.articles().contains("d"))
                    .as(claim.toString())
                    .isFalse();
        }
    }

    @Test
    void restatementsJoinAClaimOnlyWhenAllowedAndOnlyByTheirLinksToOtherArticles() {
        ClaimUnit a0 = unit("a", 0);
        ClaimUnit a1 = unit("a", 1);
        ClaimUnit b0 = unit("b", 0);
        ClaimUnit b1 = unit("b", 1);
        ClaimUnit c0 = unit("c", 0);
        List<UnitLink> links = List.of(
                new UnitLink(a0, b0, 0.9, false),
                new UnitLink(a0, c0, 0.9, false),
                new UnitLink(b0, c0, 0.9, false),
                // a1 restates the claim further down article a: close to b0 and c0
                new UnitLink(a1, b0, 0.85, false),
                new UnitLink(a1, c0, 0.8, false),
                // b1 is close to one member only: not the claim
                new UnitLink(b1, a0, 0.9, false),
                new UnitLink(b1, c0, 0.3, false));
        StoryAlignment story = story(List.of(List.of(a0, a1), List.of(b0, b1), List.of(c0)), links);
        List<String> order = List.of("a", "b", "c");
        Claim once = new ClaimClusterer(new ClaimClusterer.Options(0.6, 0.7, 0.4))
                .cluster(story, OriginEvidence.none(), order)
                .get(0);
        assertThat(once.support()).extracting(Support::text).containsExactly(a0.text(), b0.text(), c0.text());
        Claim again = new ClaimClusterer(new ClaimClusterer.Options(0.6, 0.7, 0.4, true))
                .cluster(story, OriginEvidence.none(), order)
                .get(0);
        assertThat(again.support())
                .extracting(Support::text)
                .containsExactlyInAnyOrder(a0.text(), a1.text(), b0.text(), c0.text());
        // two statements of one article are one origin, not two
        assertThat(again.independentOrigins())
                .isEqualTo(once.independentOrigins())
                .isEqualTo(3);
    }

    @Test
    void averageLinkageGroupsJoinsAndContests() {
        ClaimUnit a0 = unit("a", 0);
        ClaimUnit a1 = unit("a", 1);
        ClaimUnit a2 = unit("a", 2);
        ClaimUnit b0 = unit("b", 0);
        ClaimUnit b1 = unit("b", 1);
        ClaimUnit c0 = unit("c", 0);
        ClaimUnit c1 = unit("c", 1);
        List<UnitLink> links = List.of(
                new UnitLink(a0, b0, 0.8, false),
                new UnitLink(a0, c0, 0.75, false),
                new UnitLink(b0, c0, 0.7, false),
                // one loose link does not chain a1 into the group
                new UnitLink(a1, b0, 0.65, false),
                // b1 and c1 say opposite things: two claims naming each other
                new UnitLink(b1, c1, 0.9, true),
                // a2 states what c1 states
                new UnitLink(a2, c1, 0.85, false));
        List<Claim> claims = new ClaimClusterer()
                .cluster(
                        story(List.of(List.of(a0, a1, a2), List.of(b0, b1), List.of(c0, c1)), links),
                        OriginEvidence.none(),
                        List.of("a", "b", "c"));
        assertThat(claims.get(0).articles()).containsExactly("a", "b", "c");
        assertThat(claims.get(0).status()).isEqualTo(ClaimStatus.CORROBORATED);
        assertThat(claims.get(0).independentOrigins()).isEqualTo(3);
        Claim withC1 = claims.stream()
                .filter(c -> c.support().size() == 2 && c.articles().contains("c"))
                .findFirst()
                .orElseThrow();
        assertThat(withC1.articles()).containsExactly("a", "c");
        assertThat(withC1.status()).isEqualTo(ClaimStatus.CONTESTED);
        Claim b1Claim = claims.stream()
                .filter(c -> c.articles().equals(List.of("b"))
                        && c.support().get(0).text().endsWith("1"))
                .findFirst()
                .orElseThrow();
        assertThat(b1Claim.contradicts()).containsExactly(withC1.id());
        assertThat(claims)
                .filteredOn(c -> c.articles().equals(List.of("a")) && c.text().endsWith(" 1"))
                .hasSize(1);
    }

    @Test
    void emptyStoryHasNoClaims() {
        assertThat(new ClaimClusterer().cluster(story(List.of(), List.of()), OriginEvidence.none(), List.of()))
                .isEmpty();
    }

    @Property(tries = 50)
    void randomLinksGiveOneStatementPerArticleAndEveryUnitAClaim(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 29) Integer> ends,
            @ForAll @Size(max = 40) List<@DoubleRange(min = 0, max = 1) Double> scores) {
        List<List<ClaimUnit>> units = new ArrayList<>();
        List<ClaimUnit> all = new ArrayList<>();
        for (int art = 0; art < 3; art++) {
            List<ClaimUnit> mine = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ClaimUnit u = unit("art" + art, i);
                mine.add(u);
                all.add(u);
            }
            units.add(mine);
        }
        List<UnitLink> links = new ArrayList<>();
        for (int k = 0; k + 1 < Math.min(ends.size(), scores.size()); k += 2) {
            ClaimUnit a = all.get(ends.get(k));
            ClaimUnit b = all.get(ends.get(k + 1));
            if (!a.article().equals(b.article())) {
                links.add(new UnitLink(a, b, scores.get(k), scores.get(k + 1) > 0.8));
            }
        }
        List<Claim> claims = new ClaimClusterer()
                .cluster(story(units, links), OriginEvidence.none(), List.of("art0", "art1", "art2"));
        int covered = 0;
        for (Claim c : claims) {
            assertThat(c.articles()).doesNotHaveDuplicates();
            covered += c.support().size();
        }
        assertThat(covered).isGreaterThanOrEqualTo(all.size());
    }
}
