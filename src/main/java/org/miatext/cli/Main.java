package org.miatext.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code miatext} command line. The subcommands are added in {@link #run}: when the first
 * argument names one, only that one is set up (picocli reads each command's annotations by
 * reflection, which is a good part of the start-up time of {@code miatext check FILE}).
 */
@Command(name = "miatext", mixinStandardHelpOptions = true, version = "miatext 0.1.0",
        description = "Parses chapters copied from marxists.org into a typed tree and checks their notes.")
public final class Main implements Runnable {

    /** The subcommands, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("parse", ParseCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("refs", RefsCommand::new);
        COMMANDS.put("fix", FixCommand::new);
        COMMANDS.put("refs-stats", RefsStatsCommand::new);
        COMMANDS.put("eval", EvalCommand::new);
        COMMANDS.put("train-roles", TrainRolesCommand::new);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: say parse, check, refs, fix, eval or train-roles");
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new StandardOutput(), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (0 ok, 1 findings, 2 usage or I/O). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
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
