package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the validate stage lands; replaced in this session. */
@Command(name = "validate", description = "(not built yet)")
public final class ValidateCommand implements Callable<Integer> {
    @Override public Integer call() {
        System.err.println("isnad validate: not built yet");
        return ExitCodes.USAGE;
    }
}
