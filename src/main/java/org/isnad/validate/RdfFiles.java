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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Reads the RDF files a user hands to {@code isnad validate}. */
public final class RdfFiles {
    private RdfFiles() {}

    /** Errors become exceptions (with line and column) and are not also logged. */
    static final ErrorHandler QUIET_ERRORS = ErrorHandlerFactory.errorHandlerNoLogging;

    private static final Set<Lang> ACCEPTED = Set.of(Lang.TRIG, Lang.NQUADS, Lang.TURTLE, Lang.NTRIPLES);

    /**
     * Parses one file into a fresh in-memory dataset, the syntax chosen by its extension
     * ({@code .trig}, {@code .nq}, {@code .ttl}, {@code .nt}, optionally {@code .gz}).
     *
     * @throws BadFileException naming the file and the problem
     */
    public static DatasetGraph read(Path file) {
        if (!Files.exists(file))
            throw new BadFileException(file, "no such file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file))
            throw new BadFileException(file, "not a readable file");
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !ACCEPTED.contains(lang))
            throw new BadFileException(file, "cannot tell the RDF syntax from the file name; "
                    + "use .trig, .nq, .ttl or .nt");
        DatasetGraph dsg = DatasetGraphFactory.create();
        try {
            RDFParser.source(file).lang(lang).errorHandler(QUIET_ERRORS).parse(dsg);
        } catch (RiotException e) {
            throw new BadFileException(file, "not valid " + lang.getLabel() + ": " + e.getMessage());
        } catch (RuntimeException e) { // I/O and decoding problems surface as various runtime exceptions
            throw new BadFileException(file, "cannot read: " + e.getMessage());
        }
        return dsg;
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
