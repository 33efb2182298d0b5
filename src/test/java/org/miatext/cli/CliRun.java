package org.miatext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in the tests: its exit code and what it printed.
 *
 * @param code the exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code miatext ARGS...} in this JVM. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The one line on standard error, checked to carry no stack trace. */
    String errLine() {
        assertThat(err.lines()).as("stderr: %s", err).hasSize(1);
        assertThat(err).doesNotContain("\tat ", "Exception");
        return err.strip();
    }
}
