package org.miatext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.miatext.eval.RoleTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code miatext train-roles --corpus DIR}: fits the quote model's weights and prints them as Java. */
@Command(name = "train-roles", mixinStandardHelpOptions = true,
        description = {"Fit the weights of the quote model (BlockRoles) over a corpus folder (the mean of 16 averaged",
                "structured perceptrons, each over the chapters in another order, then coordinate ascent on the",
                "corpus quote F1)",
                "and print them as Java constants to paste into BlockRoles."})
final class TrainRolesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder (texts/, truth/).")
    Path corpus;

    @Option(names = "--method", defaultValue = "perceptron",
            description = "perceptron (averaged structured perceptrons over whole runs) or logistic (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RoleTrainer.Model model = RoleTrainer.train(corpus, !"logistic".equals(method));
        out.printf(Locale.ROOT, "// %d body blocks; quotes over the corpus as the parser decodes them: precision %.3f, recall %.3f%n",
                model.examples(), model.precision(), model.recall());
        out.print(model.asJava());
        return 0;
    }
}
