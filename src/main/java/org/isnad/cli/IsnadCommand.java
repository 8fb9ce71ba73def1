package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code isnad <command>}. One class per subcommand. */
@Command(name = "isnad",
        mixinStandardHelpOptions = true,
        versionProvider = IsnadCommand.Version.class,
        description = {
            "Turns Arabic news articles into an RDF knowledge graph of attributed claims:",
            "who did what, to whom, where, when, and for every triple, who says so.",
            "",
            "Typical run: convert articles, validate the output, load it into a store, query it."},
        subcommands = {
            ConvertCommand.class,
            ValidateCommand.class,
            ExportCommand.class,
            LoadCommand.class,
            LinkCommand.class,
            CompactCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            DemoCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class,
            picocli.AutoComplete.GenerateCompletion.class,
            ManPages.class},
        footer = {"",
            "Exit codes: 0 ok, 1 validation failed, 2 usage error, 3 bad input (the message names the file)."})
public final class IsnadCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    // read from the arguments before anything logs (Logging.configure); declared here for parsing and help
    @CommandLine.Option(names = Logging.QUIET, scope = CommandLine.ScopeType.INHERIT,
            description = "Log errors only: no warnings from Jena, no server request lines.")
    boolean quiet;

    @CommandLine.Option(names = Logging.VERBOSE, scope = CommandLine.ScopeType.INHERIT,
            description = "Log at info level: Jena, Jetty and every server request.")
    boolean verbose;

    @Override public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new IsnadCommand());
        // the help texts are laid out in lines of up to 110 columns; at picocli's default 80 they break twice
        cl.setUsageHelpWidth(120);
        cl.setCaseInsensitiveEnumValuesAllowed(true);   // --format NQ as well as nq
        // 'source <(isnad generate-completion)' for bash/zsh completion (and generate-man-pages, hidden by its
        // annotation): set-up commands, not ones researchers need in the list
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        cl.setExitCodeExceptionMapper(t -> ExitCodes.USAGE);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // an output that cannot be opened or written, however deep a writer wrapped it: named, no trace
            var output = OutputException.in(ex);
            if (output.isPresent()) {
                cmd.getErr().println("isnad " + cmd.getCommandName() + ": " + output.get().getMessage());
                return output.get().exitCode();
            }
            // a file that cannot be read or written part-way is bad input, named; anything else is a bug
            if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
                cmd.getErr().println("isnad: " + ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("isnad: " + ex.getMessage());
            // a mistyped command or option: picocli's "Did you mean: convert?"
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, ex.getCommandLine().getErr());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        Logging.configure(args);
        StandardOutput.install();
        LexiconPreload.startFor(args);
        int exit = commandLine().execute(args);
        // text goes out through PrintWriters, which keep a failed write to themselves: ask once at the end
        String failure = StandardOutput.unreportedFailure();
        if (failure != null) {
            System.err.println("isnad: " + failure);
            exit = ExitCodes.BAD_INPUT;
        }
        System.exit(exit);
    }

    /** The version from the jar manifest; the pom version when run from classes. */
    public static String version() {
        String v = IsnadCommand.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[] {"isnad " + version()}; }
    }
}
