package io.github.quanze.examples;

import io.github.quanze.fault.Fault;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.fault.FaultDocuments;
import io.github.quanze.jackson.rule.DecisionDocuments;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.RuleBook;
import io.github.quanze.sanction.SanctionPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code decide}: decides on a fault's facts with a table or rule book written as a document (责任追究决定). */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Decide the sanction for a fault with a decision table or rule book written as a document on "
                + "the facts of faults (facts: fault): outcome, rules fired and overridden, version and why, "
                + "citations. Decisions exit with status 0; an invalid document exits with 2 and one line on "
                + "standard error naming file, line and field.")
final class DecideCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    Main.Language language = new Main.Language();

    @CommandLine.Mixin
    RuleDocuments rules = new RuleDocuments();

    @Option(names = "--table", paramLabel = "FILE", required = true,
            description = "The decision-table or rule-book document, on the facts of faults.")
    Path table;

    @Option(names = "--facts", paramLabel = "FILE", required = true,
            description = "The fault: a fault document (.json, .yaml), or JSON lines of many (.jsonl: every line is "
                    + "checked before anything is printed).")
    Path facts;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The day of the decision, which picks a rule book's version with the act's day "
                    + "(从旧兼从轻); the act's day if not given.")
    LocalDate date;

    @Override
    public Integer call() {
        DocumentContext context = rules.context();
        Function<Fault, Decision<?>> decider = decider(RuleDocuments.readTableOrBook(table, context));
        ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), language.locale(), rules.json, context);
        DocumentFiles.forEach(FaultDocuments.FAULT, facts, context, fault -> Map.entry(fault, decider.apply(fault)),
                decided -> printer.print(DecisionDocuments.DECISION, decided.getValue(),
                        decided.getKey().summary().join("\n", "\n", decided.getValue().explain())));
        return 0;
    }

    @SuppressWarnings("unchecked")
    private Function<Fault, Decision<?>> decider(Object tableOrBook) {
        for (DecisionTable<?, ?> t : RuleDocuments.tables(tableOrBook)) {
            if (!t.schema().equals(SanctionPolicy.faultSchema())) {
                throw new Main.UsageException(table + ": table " + t.name() + " decides on other facts than a "
                        + "fault's; decide reads faults (facts: fault)");
            }
        }
        if (tableOrBook instanceof DecisionTable<?, ?> t) {
            DecisionTable<Fault, ?> onFaults = (DecisionTable<Fault, ?>) t;
            return onFaults::decide;
        }
        RuleBook<Fault, ?> book = (RuleBook<Fault, ?>) tableOrBook;
        return fault -> book.decide(fault, fault.actDate(), date == null ? fault.actDate() : date);
    }
}
