package io.github.quanze.publish.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.quanze.jackson.codec.InvalidDocumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

class AgencyDocumentsTest {

    /** The tobacco bureau's documents, as the examples hold them. */
    static final Path TOBACCO = Path.of("..", "examples", "documents", "tobacco");

    private Path folder;

    @BeforeTry
    void copyTheTobaccoFolder() throws IOException {
        folder = Files.createTempDirectory("agency-");
        try (Stream<Path> files = Files.list(TOBACCO)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
    }

    @AfterTry
    void removeTheCopy() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Example
    void theTobaccoFolderHoldsEveryDocumentTheSiteNeeds() {
        AgencyDocuments docs = AgencyDocuments.read(TOBACCO);

        assertThat(docs.powers().size()).isEqualTo(23);
        assertThat(docs.procedures()).extracting(p -> p.name().zh()).containsExactly("涉案卷烟先行登记保存案件处理流程");
        assertThat(docs.frame()).isPresent();
        assertThat(docs.standards()).extracting(s -> s.number()).containsExactly("某县烟〔2025〕3号", "某烟法〔2024〕12号");
        assertThat(docs.read().get("organization")).extracting(p -> p.getFileName().toString())
                .containsExactly("organization.yaml");
        assertThat(docs.others().get("organization")).extracting(p -> p.getFileName().toString())
                .containsExactly("organization-referral.yaml");
        assertThat(docs.others()).containsKey("case-record").doesNotContainKey("discretion-standard")
                .doesNotContainKey("decision-notices");
        assertThat(docs.decisions()).hasValueSatisfying(d -> assertThat(d.notices()).hasSize(5));
        assertThat(docs.organization().findAgency(docs.powers().agency())).isPresent();
    }

    @Example
    void aMissingFolderIsNamed() {
        Path none = folder.resolve("none");

        assertThatThrownBy(() -> AgencyDocuments.read(none)).isInstanceOf(AgencyFolderException.class)
                .hasMessageContaining(none.toString()).hasMessageContaining("no such folder");
    }

    @Example
    void aFileGivenAsTheFolderIsNamedAFile() {
        Path file = folder.resolve("basis.yaml");

        assertThatThrownBy(() -> AgencyDocuments.read(file)).isInstanceOf(AgencyFolderException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("is a file, not a folder");
    }

    @Example
    void aMissingRequiredDocumentNamesTheFolderAndTheKind() throws IOException {
        Files.delete(folder.resolve("procedures.yaml"));

        assertThatThrownBy(() -> AgencyDocuments.read(folder)).isInstanceOf(AgencyFolderException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("no document of kind procedures")
                .satisfies(e -> assertThat(((AgencyFolderException) e).kind()).contains("procedures"));
    }

    @Example
    void twoDocumentsOfOneKindWithoutTheAgencysOwnNameAreRefused() throws IOException {
        Files.move(folder.resolve("basis.yaml"), folder.resolve("basis-a.yaml"));
        Files.copy(folder.resolve("basis-a.yaml"), folder.resolve("basis-b.yaml"));

        assertThatThrownBy(() -> AgencyDocuments.read(folder)).isInstanceOf(AgencyFolderException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("2 documents of kind basis-catalogue")
                .hasMessageContaining("basis-a.yaml, basis-b.yaml")
                .satisfies(e -> assertThat(((AgencyFolderException) e).files()).hasSize(2));
    }

    @Example
    void twoDocumentsOfOneKindBothNamedAfterItAreRefused() throws IOException {
        Files.copy(folder.resolve("allocation.yaml"), folder.resolve("allocation.yml"));

        assertThatThrownBy(() -> AgencyDocuments.read(folder)).isInstanceOf(AgencyFolderException.class)
                .hasMessageContaining("two documents of kind allocation-table")
                .hasMessageContaining("allocation.yaml").hasMessageContaining("allocation.yml");
    }

    @Example
    void theDocumentNamedAfterItsKindIsTheAgencysAndTheOtherIsLeft() throws IOException {
        Files.copy(folder.resolve("powers.yaml"), folder.resolve("powers-2025.yaml"));

        AgencyDocuments docs = AgencyDocuments.read(folder);

        assertThat(docs.read().get("power-catalogue")).extracting(p -> p.getFileName().toString())
                .containsExactly("powers.yaml");
        assertThat(docs.others().get("power-catalogue")).extracting(p -> p.getFileName().toString())
                .containsExactly("powers-2025.yaml");
    }

    @Example
    void aBadDocumentIsTheDocumentsModulesErrorNamingFileAndField() throws IOException {
        Path organization = folder.resolve("organization.yaml");
        Files.writeString(organization, Files.readString(organization).replaceFirst("validFrom: 2023-01-01",
                "validFrom: 2023-13-01"));

        assertThatThrownBy(() -> AgencyDocuments.read(folder)).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("organization.yaml")
                .satisfies(e -> {
                    InvalidDocumentException bad = (InvalidDocumentException) e;
                    assertThat(bad.document()).endsWith("organization.yaml");
                    assertThat(bad.pointer()).startsWith("/credentials/");
                    assertThat(bad.field()).contains("validFrom");
                });
    }

    @Example
    void aFileThatIsNotWellFormedIsNamedWithItsLine() throws IOException {
        Files.writeString(folder.resolve("notes.yaml"), "kind: [unclosed\n");

        assertThatThrownBy(() -> AgencyDocuments.read(folder)).isInstanceOf(AgencyFolderException.class)
                .hasMessageContaining("notes.yaml:").hasMessageContaining("not well-formed");
    }

    @Example
    void aFileWithoutAKindIsRefused() throws IOException {
        Files.writeString(folder.resolve("notes.yaml"), "title: notes\n");

        assertThatThrownBy(() -> AgencyDocuments.read(folder)).isInstanceOf(AgencyFolderException.class)
                .hasMessageContaining("notes.yaml /kind").hasMessageContaining("must name its kind");
    }

    @Example
    void standardsWithoutTheirFrameAreRefused() throws IOException {
        Files.delete(folder.resolve("frame.yaml"));

        assertThatThrownBy(() -> AgencyDocuments.read(folder)).isInstanceOf(AgencyFolderException.class)
                .hasMessageContaining("statutory-frame").hasMessageContaining("standard-county.yaml");
    }

    @Example
    void withoutStandardsTheFolderStillMakesASite() throws IOException {
        for (String name : List.of("frame.yaml", "standard-county.yaml", "standard-province.yaml")) {
            Files.delete(folder.resolve(name));
        }

        AgencyDocuments docs = AgencyDocuments.read(folder);

        assertThat(docs.standards()).isEmpty();
        assertThat(docs.frame()).isEmpty();
    }

    @Example
    void aFolderThatCannotBeListedIsAnIoError() {
        assertThatThrownBy(() -> AgencyDocuments.read(folder.resolve("powers.yaml")))
                .isInstanceOfAny(AgencyFolderException.class, UncheckedIOException.class)
                .hasMessageContaining("powers.yaml");
    }
}
