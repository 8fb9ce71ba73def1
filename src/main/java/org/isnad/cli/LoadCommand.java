package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the load stage lands; replaced in this session. */
@Command(name = "load", description = "(not built yet)")
public final class LoadCommand implements Callable<Integer> {
    @Override public Integer call() {
        System.err.println("isnad load: not built yet");
        return ExitCodes.USAGE;
    }
}
