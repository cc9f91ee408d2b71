package io.github.quanze.examples;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code discretion}: the tobacco bureau's discretion standards (行政处罚裁量基准), their verification, penalties ruled
 * under them with their reasoning, and the 类案 analysis of a generated year of decided cases.
 */
@Command(name = "discretion", mixinStandardHelpOptions = true,
        description = "The tobacco bureau's discretion standards (a provincial standard of 15 items and a county "
                + "standard implementing it): their verification against the statute and each other, penalties "
                + "ruled under them with their reasoning, and the analysis of a year of decided cases.")
final class DiscretionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    Main.Language language = new Main.Language();

    @Override
    public Integer call() {
        new DiscretionExample(spec.commandLine().getOut(), language.locale()).run();
        return 0;
    }
}
