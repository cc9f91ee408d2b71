package io.github.quanze.basis;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the reading of citations against a catalogue, the way documents resolve them. The input is UTF-8 text, so
 * the seeds in {@code ProvisionFuzzTestInputs/parseProvision/} are plain citations.
 */
@Tag("fuzz")
class ProvisionFuzzTest {

    private static final BasisCatalogue CATALOGUE = Instruments.catalogue();
    /** A day on which every instrument of the catalogue but the repealed editions is in force. */
    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    /**
     * A citation is refused with an IllegalArgumentException (an UnknownInstrumentException for a title the
     * catalogue lacks) whose message is one short line, or read to a provision of the edition in force that names
     * the cited title and whose own citation reads back to an equal provision.
     */
    @FuzzTest(maxDuration = "2m")
    void parseProvision(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Provision provision;
        try {
            provision = CATALOGUE.parseProvision(text, DAY);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).startsWith(refused instanceof UnknownInstrumentException ? "No edition"
                    : "Citation").hasSizeLessThan(1000).doesNotContain("\n", "\r", "\u2028", "\u2029");
            return;
        }
        LegalInstrument instrument = provision.instrument();
        assertThat(instrument.title()).isEqualTo(Provision.titleOf(text));
        assertThat(instrument.isInForceOn(DAY)).isTrue();
        assertThat(Provision.parse(text, instrument)).isEqualTo(provision);
        assertThat(Provision.parse(provision.toString(), instrument)).isEqualTo(provision);
        assertThat(CATALOGUE.parseProvision(provision.toString(), DAY)).isEqualTo(provision);
        assertThat(Provision.parse(instrument.citation() + provision.articleReference(), instrument))
                .isEqualTo(provision);
    }
}
