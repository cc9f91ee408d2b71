package io.github.quanze.examples;

import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.rule.DecisionDocuments;
import io.github.quanze.rule.TableVerification;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verify}: verifies a decision table written as a document (决策表校验). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify a decision table or each table of a rule book written as a document: gaps, overlaps, "
                + "shadowed rows and proportionality (过罚相当). Findings exit with status 0; an invalid document "
                + "exits with 2 and one line on standard error naming file, line and field.")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    Main.Language language = new Main.Language();

    @CommandLine.Mixin
    RuleDocuments rules = new RuleDocuments();

    @Parameters(index = "0", paramLabel = "TABLE", description = "The decision-table or rule-book document.")
    Path table;

    @Override
    public Integer call() {
        DocumentContext context = rules.context();
        ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), language.locale(), rules.json, context);
        for (RuleDocuments.Versioned v : RuleDocuments.versions(RuleDocuments.readTableOrBook(table, context))) {
            TableVerification<?> verification = v.table().verify();
            printer.print(DecisionDocuments.TABLE_VERIFICATION, verification,
                    v.version().map(heading -> heading.join("\n", "\n", verification.render()))
                            .orElse(verification.render()));
        }
        return 0;
    }
}
