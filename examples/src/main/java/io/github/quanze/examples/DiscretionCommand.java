package io.github.quanze.examples;

import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.discretion.DiscretionDocuments;
import io.github.quanze.text.BilingualText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code discretion}: the tobacco bureau's discretion standards (行政处罚裁量基准), their verification, penalties ruled
 * under them with their reasoning, and the 类案 analysis of a generated year of decided cases; or the same for a
 * statutory frame, standards and offences given as documents.
 */
@Command(name = "discretion", mixinStandardHelpOptions = true,
        description = "The tobacco bureau's discretion standards (a provincial standard of 15 items and a county "
                + "standard implementing it): their verification against the statute and each other, penalties "
                + "ruled under them with their reasoning, and the analysis of a year of decided cases. With "
                + "--frame and --standard, the same for documents: the standards are verified, each against the "
                + "frame and a lower one against the higher one it implements, and each offence of --offences is "
                + "ruled on. Findings exit with status 0; an invalid document exits with 2 and one line on standard "
                + "error naming file, line and field.")
final class DiscretionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    Main.Language language = new Main.Language();

    @Option(names = "--basis", paramLabel = "FILE",
            description = "The basis catalogue the citations resolve against; the national instruments otherwise.")
    Path basis;

    @CommandLine.Mixin
    Standards standards = new Standards();

    @Option(names = "--offences", paramLabel = "FILE",
            description = "The offences to rule on: an offence document (.json, .yaml), or JSON lines of many (.jsonl: "
                    + "every line is read and ruled on before anything is printed).")
    Path offences;

    @Option(names = "--json", description = "Print JSON, one document per line (the standard-verification, then a "
            + "penalty-ruling per offence), instead of the report; needs documents.")
    boolean json;

    @Override
    public Integer call() {
        if (!standards.given() && offences == null && basis == null) {
            if (json) {
                throw new Main.UsageException("--json needs documents: give --frame and --standard");
            }
            new DiscretionExample(spec.commandLine().getOut(), language.locale()).run();
            return 0;
        }
        if (!standards.complete()) {
            throw new Main.UsageException("Discretion over documents needs --frame and at least one --standard");
        }
        DocumentContext context = standards.context(DocumentFiles.basisContext(basis));
        PenaltyDiscretion discretion = standards.discretion(context);
        List<PenaltyRuling> rulings = new ArrayList<>();
        if (offences != null) { // every offence is read and ruled on, once, before anything is printed
            DocumentFiles.forEach(DiscretionDocuments.OFFENCE_DOCUMENT, offences, context,
                    offence -> rulings.add(discretion.decide(offence)));
        }
        ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), language.locale(), json, context);
        StandardVerification verification = StandardVerifier.standard().verifyAll(discretion);
        printer.print(DiscretionDocuments.STANDARD_VERIFICATION, verification,
                BilingualText.of("裁量基准校验", "Verification of the standards").join("\n", "\n",
                        DiscretionExample.indented("  ", verification.render())));
        for (int i = 0; i < rulings.size(); i++) {
            printer.print(DiscretionDocuments.PENALTY_RULING, rulings.get(i), DiscretionExample.report(i + 1 + ". ",
                    rulings.get(i)));
        }
        return 0;
    }

    /**
     * The options naming a statutory frame and the discretion standards graded on it (裁量基准文档), shared by the
     * commands that read them: each standard is read with the frame in the context.
     */
    static final class Standards {

        @Option(names = "--frame", paramLabel = "FILE",
                description = "The statutory frame the standards grade (statutory-frame document).")
        Path frame;

        @Option(names = "--standard", paramLabel = "FILE",
                description = "A discretion standard (discretion-standard document), read with the frame; give "
                        + "one --standard per file, a lower standard together with the higher one it implements.")
        List<Path> files = new ArrayList<>();

        /** Whether a frame or a standard is given. */
        boolean given() {
            return frame != null || !files.isEmpty();
        }

        /** Whether both a frame and a standard are given. */
        boolean complete() {
            return frame != null && !files.isEmpty();
        }

        /** Reads the frame against {@code context} and returns the context with it. */
        DocumentContext context(DocumentContext context) {
            return context.with(StatutoryFrame.class,
                    DocumentFiles.read(DiscretionDocuments.STATUTORY_FRAME, frame, context));
        }

        /** Reads the standards, each with the frame of {@code context}, and returns their discretion. */
        PenaltyDiscretion discretion(DocumentContext context) {
            List<DiscretionStandard> read = new ArrayList<>();
            for (Path file : files) {
                read.add(DocumentFiles.read(DiscretionDocuments.DISCRETION_STANDARD, file, context));
            }
            return PenaltyDiscretion.of(read);
        }
    }
}
