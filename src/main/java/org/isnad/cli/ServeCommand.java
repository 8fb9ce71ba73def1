package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the serve stage lands; replaced in this session. */
@Command(name = "serve", description = "(not built yet)")
public final class ServeCommand implements Callable<Integer> {
    @Override public Integer call() {
        System.err.println("isnad serve: not built yet");
        return ExitCodes.USAGE;
    }
}
