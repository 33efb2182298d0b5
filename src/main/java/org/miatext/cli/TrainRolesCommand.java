package org.miatext.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "train-roles")
final class TrainRolesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
