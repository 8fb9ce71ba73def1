package org.isnad.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Reads the RDF files a user hands to {@code isnad validate}. */
public final class RdfFiles {
    private RdfFiles() {}

    /** Errors become exceptions (with line and column) and are not also logged. */
    static final ErrorHandler QUIET_ERRORS = ErrorHandlerFactory.errorHandlerNoLogging;

    private static final Set<Lang> ACCEPTED = Set.of(Lang.TRIG, Lang.NQUADS, Lang.TURTLE, Lang.NTRIPLES);

    /**
     * Parses one file into a fresh in-memory dataset, the syntax chosen by its extension (see {@link #lang}).
     *
     * @throws BadFileException naming the file and the problem
     */
    public static DatasetGraph read(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        parse(file, lang(file), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    /**
     * The syntax of a file the user named, by its extension ({@code .trig}, {@code .nq}, {@code .ttl},
     * {@code .nt}, optionally {@code .gz}).
     *
     * @throws BadFileException when the file is missing, unreadable or of no syntax isnad reads
     */
    public static Lang lang(Path file) {
        if (!Files.exists(file))
            throw new BadFileException(file, "no such file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file))
            throw new BadFileException(file, "not a readable file");
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !ACCEPTED.contains(lang))
            throw new BadFileException(file, "cannot tell the RDF syntax from the file name; "
                    + "use .trig, .nq, .ttl or .nt");
        return lang;
    }

    /** Turtle and N-Triples hold one default graph; TriG and N-Quads hold named graphs. */
    public static boolean isTriples(Lang lang) {
        return lang == Lang.TURTLE || lang == Lang.NTRIPLES;
    }

    /**
     * Streams {@code file} into {@code sink}.
     *
     * @throws BadFileException naming the file and the problem (syntax with line and column, or I/O)
     */
    public static void parse(Path file, Lang lang, StreamRDF sink) {
        try {
            RDFParser.source(file).lang(lang).errorHandler(QUIET_ERRORS).parse(sink);
        } catch (ArticleGrouper.NotContiguousException e) {
            throw e; // not a problem of the file: the caller reads it another way
        } catch (RiotException e) {
            throw new BadFileException(file, "not valid " + lang.getLabel() + ": " + e.getMessage());
        } catch (RuntimeException e) { // I/O and decoding problems surface as various runtime exceptions
            throw new BadFileException(file, "cannot read: " + e.getMessage());
        }
    }

    /** A file that cannot be read as RDF. {@link #getMessage()} starts with the file name. */
    public static final class BadFileException extends RuntimeException {
        private final transient Path file;

        public BadFileException(Path file, String problem) {
            super(file + ": " + problem);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
