package org.isnad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isnad generate-man-pages DIR}: man pages (isnad.1, isnad-convert.1, …) from each command's own
 * --help, so they never disagree with it. Written at run time, like picocli's generate-completion, as the
 * offline build has no plugin to run code at package time. picocli-codegen's generator writes AsciiDoc,
 * which needs Asciidoctor to become a man page; troff is simple enough to write here.
 */
@Command(name = "generate-man-pages", hidden = true, mixinStandardHelpOptions = true,
        description = {"Writes a man page for isnad and each of its commands into DIR, e.g.",
            "  isnad generate-man-pages ~/.local/share/man/man1 && man isnad-load"})
public final class ManPages implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Where the *.1 files go; created if needed.")
    Path dir;

    @Override public Integer call() throws IOException {
        Files.createDirectories(dir);
        CommandLine root = spec.root().commandLine();
        List<String> pages = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            if (e.getValue().getCommandSpec().usageMessage().hidden() || e.getKey().equals("help")) continue;
            String name = "isnad-" + e.getKey();
            pages.add(name);
            write(dir, name, page(name, e.getValue(), List.of("isnad")));
        }
        write(dir, "isnad", page("isnad", root, pages));
        spec.commandLine().getOut().println("isnad: wrote " + (pages.size() + 1) + " man pages to " + dir);
        return ExitCodes.OK;
    }

    private static void write(Path dir, String name, String page) throws IOException {
        Files.writeString(dir.resolve(name + ".1"), page, StandardCharsets.UTF_8);
    }

    /** A page: NAME from the first line of the description, then the usage help as preformatted text. */
    static String page(String name, CommandLine cl, List<String> seeAlso) {
        String[] description = cl.getCommandSpec().usageMessage().description();
        String summary = description.length > 0 ? description[0] : name;
        StringBuilder b = new StringBuilder();
        b.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"isnad ")
                .append(IsnadCommand.version()).append("\" \"isnad manual\"\n");
        b.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(summary)).append('\n');
        b.append(".SH DESCRIPTION\n.nf\n");
        for (String line : cl.getUsageMessage(Ansi.OFF).split("\\R", -1))
            b.append(line.startsWith(".") || line.startsWith("'") ? "\\&" : "").append(escape(line)).append('\n');
        b.append(".fi\n");
        if (!seeAlso.isEmpty()) {
            b.append(".SH SEE ALSO\n");
            b.append(String.join(",\n", seeAlso.stream().map(p -> ".BR " + escape(p) + " (1)").toList())).append('\n');
        }
        return b.toString();
    }

    /** troff reads a backslash as an escape and a '-' as a hyphen, not the minus of an option. */
    static String escape(String text) {
        return text.replace("\\", "\\e").replace("-", "\\-");
    }
}
