package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the demo stage lands; replaced in this session. */
@Command(name = "demo", description = "(not built yet)")
public final class DemoCommand implements Callable<Integer> {
    @Override public Integer call() {
        System.err.println("isnad demo: not built yet");
        return ExitCodes.USAGE;
    }
}
