package io.github.quanze.jackson.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import org.junit.jupiter.api.Test;

/** YAML aliases are refused, since the YAML parser hands back the anchor's name instead of the value. */
class YamlAliasTest {

    private static final DocumentReader<BasisCatalogue> YAML = QuanzeDocuments.yaml()
            .reader(BasisDocuments.BASIS_CATALOGUE);

    private static final String DOCUMENT = """
            kind: basis-catalogue
            version: 1
            name: &n 目录
            instruments:
              - &law
                title: 中华人民共和国烟草专卖法
                level: LAW
                adoptionDate: 2015-04-24
                effectiveDate: 2015-04-24
            """;

    @Test
    void anAnchorAloneIsHarmless() {
        assertThat(YAML.readString("a.yaml", DOCUMENT).name()).isEqualTo("目录");
    }

    @Test
    void aScalarAliasIsRefusedNotReadAsTheAnchorsName() {
        assertThatThrownBy(() -> YAML.readString("a.yaml", DOCUMENT.replace("中华人民共和国烟草专卖法", "*n")))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.rule()).isEqualTo("YAML aliases (*n) are not supported; write the value out");
                    assertThat(e.pointer()).isEqualTo("/instruments/0/title");
                    assertThat(e.field()).contains("title");
                    assertThat(e.line()).isEqualTo(6);
                });
    }

    @Test
    void anObjectAliasIsRefused() {
        assertThatThrownBy(() -> YAML.readString("a.yaml", DOCUMENT + "  - *law\n"))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.rule()).isEqualTo("YAML aliases (*law) are not supported; write the value out");
                    assertThat(e.pointer()).isEqualTo("/instruments/1");
                    assertThat(e.line()).isEqualTo(10);
                });
    }
}
