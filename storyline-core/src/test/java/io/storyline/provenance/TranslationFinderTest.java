package io.storyline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.claims.ClaimInput;
import io.storyline.core.SourceRef;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** An invented report, our own French translation of it, and an independent French report of the event. */
class TranslationFinderTest {

    private static final TranslationFinder FINDER = new TranslationFinder();

    private static final String ORIGINAL = "Dock workers in the port of Marlow walked off the job on Tuesday after"
            + " talks with the Harbor Authority collapsed.\n\nThe union, led by Tomas Berg, wants a 7 percent raise"
            + " for its 1,200 members. Harbor Authority chair Lina Ortiz said the offer of 3 percent was final.\n\n"
            + "Ships bound for Marlow were diverted to Kessling and Port Aven on Wednesday. Berg said the strike"
            + " would last until Friday unless the Authority returns to the table.\n\nThe last strike in Marlow, in"
            + " 2019, lasted 11 days.";
    private static final String TRANSLATED = "Les dockers du port de Marlow ont cessé le travail mardi après"
            + " l'échec des négociations avec la Harbor Authority.\n\nLe syndicat, dirigé par Tomas Berg, réclame"
            + " une hausse de 7 pour cent pour ses 1 200 membres. La présidente de la Harbor Authority, Lina Ortiz,"
            + " a déclaré que l'offre de 3 pour cent était définitive.\n\nLes navires à destination de Marlow ont"
            + " été détournés mercredi vers Kessling et Port Aven. Selon Berg, la grève durera jusqu'à vendredi si"
            + " la direction ne revient pas à la table.\n\nLa dernière grève à Marlow, en 2019, avait duré 11 jours.";
    private static final String INDEPENDENT = "À Marlow, la grève des dockers entre dans son deuxième jour et les"
            + " quais sont vides.\n\nPlusieurs cargos ont dû rejoindre Kessling, faute de place pour décharger. Le"
            + " maire de Marlow, Paul Ferrand, appelle les deux camps au calme et au dialogue.\n\nSelon la Harbor"
            + " Authority, les pertes dépassent déjà 2 millions d'euros par jour pour le port. Le syndicat de Tomas"
            + " Berg n'a pas répondu à nos questions sur la suite du mouvement.";

    private static ClaimInput input(String id, String text, int day) {
        return StoryInputs.input(id, text, day);
    }

    @Test
    void theTranslationDerivesFromItsOriginalAndTheIndependentReportDoesNot() {
        List<ProvenanceEdge> edges = FINDER.find(
                List.of(input("orig", ORIGINAL, 6), input("fr", TRANSLATED, 7), input("fr-own", INDEPENDENT, 7)));
        assertThat(edges).hasSize(1);
        ProvenanceEdge e = edges.get(0);
        assertThat(e.article()).isEqualTo("fr");
        assertThat(e.source()).isEqualTo(SourceRef.article("orig"));
        assertThat(e.relation()).isEqualTo(Relation.TRANSLATION);
        assertThat(e.direction()).isEqualTo(DirectionBasis.PUBLISHED);
        assertThat(e.evidence())
                .isNotEmpty()
                .allSatisfy(ev -> assertThat(ev.sourceArticle()).isEqualTo("orig"));
        assertThat(e.evidence().get(0).text()).startsWith("Les dockers du port de Marlow");
    }

    @Test
    void theLanguageIsToldFromTheText() {
        assertThat(FINDER.language(ORIGINAL)).isEqualTo("en");
        assertThat(FINDER.language(TRANSLATED)).isEqualTo("fr");
        assertThat(FINDER.language("Marlow 2031")).isNull();
    }

    @Test
    void twoArticlesInOneLanguageAreNeverATranslation() {
        assertThat(FINDER.find(List.of(input("a", ORIGINAL, 6), input("b", ORIGINAL, 7))))
                .isEmpty();
    }

    @Test
    void theWholeStageReportsTheTranslation() {
        StoryEvidence ev = new StoryEvidenceAnalyzer(null)
                .analyze(List.of(input("orig", ORIGINAL, 6), input("fr", TRANSLATED, 7)));
        assertThat(ev.provenance())
                .anyMatch(
                        e -> e.relation() == Relation.TRANSLATION && e.article().equals("fr"));
    }

    @Test
    void emptyStoryHasNoTranslations() {
        assertThat(FINDER.find(List.of())).isEmpty();
    }

    @Property(tries = 40)
    void junkNeverThrows(
            @ForAll @StringLength(min = 1, max = 400) String a, @ForAll @StringLength(min = 1, max = 400) String b) {
        if (a.isBlank() || b.isBlank()) {
            return;
        }
        FINDER.find(List.of(input("a", a, 6), input("b", b, 7)));
    }
}
