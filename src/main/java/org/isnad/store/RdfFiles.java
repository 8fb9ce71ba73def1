package org.isnad.store;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.isnad.BadInputException;

/** Parses one RDF file into a stream, with every problem reported as a {@link BadInputException} naming the file. */
final class RdfFiles {

    private static final int CHUNK = 10_000, CHUNKS_AHEAD = 4;

    private RdfFiles() {}

    /** The file's syntax, from its extension; refuses what is missing, unreadable or of no known syntax. */
    static Lang check(Path file) throws BadInputException {
        if (!Files.exists(file))
            throw new BadInputException(file, "no such file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file))
            throw new BadInputException(file, "not a readable file");
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang))
            throw new BadInputException(file, "unknown RDF syntax; expected .trig, .nq, .ttl or .nt");
        return lang;
    }

    /** Parses {@code file} into {@code dest}; parse warnings go to {@code warnings}, errors stop the parse. */
    static void parse(Path file, StreamRDF dest, List<String> warnings) throws BadInputException {
        Lang lang = check(file);
        try {
            // parsed on a thread of its own, handing quads over in chunks: parsing overlaps the store's writes
            // and at most CHUNK * CHUNKS_AHEAD quads wait in memory
            AsyncParser.ofSources(List.of(RDFParser.source(file).lang(lang).errorHandler(new Collecting(file, warnings))))
                    .setChunkSize(CHUNK).setQueueSize(CHUNKS_AHEAD).asyncParseSources(dest).run();
        } catch (RiotException e) {
            throw new BadInputException(file, "not valid " + lang.getLabel() + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parse warnings go to the load result; errors stop the parse with line and column in the message. */
    private record Collecting(Path file, List<String> warnings) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) {
            synchronized (warnings) {       // called on the parser's thread
                warnings.add(file + ":" + line + ":" + col + ": " + message);
            }
        }
        @Override public void error(String message, long line, long col) { fatal(message, line, col); }
        @Override public void fatal(String message, long line, long col) {
            throw new RiotException(line >= 0 ? "line " + line + ", column " + col + ": " + message : message);
        }
    }
}
