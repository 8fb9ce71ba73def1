package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the query stage lands; replaced in this session. */
@Command(name = "query", description = "(not built yet)")
public final class QueryCommand implements Callable<Integer> {
    @Override public Integer call() {
        System.err.println("isnad query: not built yet");
        return ExitCodes.USAGE;
    }
}
