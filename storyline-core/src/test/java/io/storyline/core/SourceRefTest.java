package io.storyline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourceRefTest {

    @Test
    void writesAndReadsTheContractForm() {
        assertThat(SourceRef.upstream("Reuters").wire()).isEqualTo("upstream:Reuters");
        assertThat(SourceRef.parse("upstream:Reuters")).isEqualTo(SourceRef.upstream("Reuters"));
        assertThat(SourceRef.parse("wire-003")).isEqualTo(SourceRef.article("wire-003"));
        assertThat(SourceRef.parse("wire-003").upstream()).isFalse();
        assertThat(SourceRef.parse("upstream:TASS").upstream()).isTrue();
    }

    @Test
    void rejectsEmptyIdAndBlankName() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> SourceRef.article(""))
                        .getMessage())
                .contains("needs an id");
        assertThat(assertThrows(IllegalArgumentException.class, () -> SourceRef.parse("upstream: "))
                        .getMessage())
                .contains("needs a name");
    }
}
