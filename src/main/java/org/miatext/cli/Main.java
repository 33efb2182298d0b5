package org.miatext.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code miatext} command line. */
@Command(name = "miatext", mixinStandardHelpOptions = true, version = "miatext 0.1.0",
        description = "Parses chapters copied from marxists.org into a typed tree and checks their notes.",
        subcommands = {ParseCommand.class, CheckCommand.class, RefsCommand.class, FixCommand.class,
                EvalCommand.class, TrainRolesCommand.class, RefsStatsCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: say parse, check, refs, fix, eval or train-roles");
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (0 ok, 1 findings, 2 usage or I/O). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = java.util.Arrays.asList(args).contains("--debug");
            err.println("miatext: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return 2;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            // One line: the problem, then where to read more.
            err.println("miatext: " + e.getMessage().strip() + " (see 'miatext --help')");
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            err.flush();
            return 2;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
