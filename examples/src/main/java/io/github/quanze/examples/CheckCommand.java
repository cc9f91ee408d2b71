package io.github.quanze.examples;

import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.procedure.CaseStateDocuments;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code check}: replays case records to a day (案件检查): steps done and pending, deadlines with their status,
 * procedural violations; with the agency's discretion standards, also each recorded penalty against the ruling on
 * its offence.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Replay case records to a day: deadlines with their status, violations and notes. Legal "
                + "findings exit with status 0; an invalid document exits with 2 and one line on standard error "
                + "naming file, line and field. With --frame and --standard, each penalty decision that records its "
                + "offence is checked against the ruling of the standards: limitation, kinds, the statutory range "
                + "and the tier.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    Main.Language language = new Main.Language();

    @CommandLine.Mixin
    CaseDocuments cases = new CaseDocuments();

    @CommandLine.Mixin
    DiscretionCommand.Standards standards = new DiscretionCommand.Standards();

    @Override
    public Integer call() {
        DocumentContext context = cases.context();
        PenaltyDiscretion discretion = null;
        if (standards.given()) {
            if (!standards.complete()) {
                throw new Main.UsageException("Checking penalties against standards needs --frame and at least one "
                        + "--standard");
            }
            context = standards.context(context);
            discretion = standards.discretion(context);
        }
        PenaltyDiscretion applied = discretion;
        ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), language.locale(), cases.json, context);
        cases.forEachCase(context,
                record -> applied == null ? record.replay(cases.date) : record.replay(cases.date, applied),
                state -> printer.print(CaseStateDocuments.CASE_STATE, state, state.explain()));
        return 0;
    }
}
