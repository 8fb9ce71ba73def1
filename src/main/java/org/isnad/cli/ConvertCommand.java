package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the convert stage lands; replaced in this session. */
@Command(name = "convert", description = "(not built yet)")
public final class ConvertCommand implements Callable<Integer> {
    @Override public Integer call() {
        System.err.println("isnad convert: not built yet");
        return ExitCodes.USAGE;
    }
}
