package io.storyline.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SidesTest {

    private final Sides sides = new Sides();

    @Test
    void mapsRolesToSides() {
        assertThat(sides.sideOf("Kremlin spokesman")).contains("Russia");
        assertThat(sides.sideOf("U.S. Secretary of State")).contains("United States");
        assertThat(sides.sideOf("head of Russia’s SVR foreign intelligence service"))
                .contains("Russia");
        assertThat(sides.sideOf("Ukrainian")).contains("Ukraine");
        assertThat(sides.sideOf("Downing Street")).contains("United Kingdom");
        assertThat(sides.sideOf("an Élysée adviser")).contains("France");
        assertThat(sides.sideOf("a former ambassador to Washington and a spokesperson"))
                .isEmpty();
        assertThat(sides.sideOf("senior analyst at the RAND Corporation")).contains("RAND Corporation");
        assertThat(sides.sideOf("NATO Secretary General")).contains("NATO");
        assertThat(sides.sideOf("told us")).isEmpty();
        assertThat(sides.sideOf("")).isEmpty();
    }

    @Property(tries = 300)
    void junkNeverThrows(@ForAll String text) {
        assertThat(sides.sideOf(text)).isNotNull();
    }
}
