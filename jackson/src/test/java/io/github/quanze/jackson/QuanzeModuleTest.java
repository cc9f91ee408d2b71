package io.github.quanze.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class QuanzeModuleTest {

    private static final String DOCUMENT = """
            {"kind": "basis-catalogue", "version": 1, "name": "目录", "instruments": [
              {"title": "中华人民共和国烟草专卖法", "level": "LAW", "adoptionDate": "2015-04-24",
               "effectiveDate": "2015-04-24"}]}""";

    @Test
    void aMapperFindsTheModuleThroughTheServiceLoader() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

        BasisCatalogue read = mapper.readValue(DOCUMENT, BasisCatalogue.class);

        assertThat(read).isEqualTo(QuanzeDocuments.json().reader(BasisDocuments.BASIS_CATALOGUE)
                .readString("d", DOCUMENT));
        assertThat(mapper.writeValueAsString(read))
                .isEqualTo(QuanzeDocuments.json().writer(BasisDocuments.BASIS_CATALOGUE).compact().writeString(read));
    }

    @Test
    void theModuleReportsErrorsWithTheDocumentNameItIsGiven() {
        JsonMapper mapper = JsonMapper.builder().addModule(new QuanzeModule()).build();

        assertThatThrownBy(() -> mapper.readerFor(BasisCatalogue.class)
                .withAttribute(QuanzeModule.DOCUMENT_NAME, "basis.json")
                .readValue(DOCUMENT.replace("\"LAW\"", "\"LAWS\"")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("basis.json:2:38 /instruments/0/level: field \"level\" value \"LAWS\"");
    }

    @Test
    void withoutTheModuleAMapperCannotReadTheDocument() {
        assertThatThrownBy(() -> JsonMapper.builder().build().readValue(DOCUMENT, BasisCatalogue.class))
                .isNotInstanceOf(InvalidDocumentException.class);
    }
}
