package org.isnad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JsonObject;
import org.isnad.ingest.Problem;
import org.isnad.rdf.AtomicOutput;

/**
 * {@code --errors FILE}: one JSON object per failed article, {"file", "record", "reason"}, written as the run
 * goes and moved into place when it ends (so a killed run leaves the previous report, not half of one).
 */
class ErrorReport implements AutoCloseable {

    static final ErrorReport NONE = new ErrorReport();

    private final AtomicOutput file;
    private final Writer out;

    private ErrorReport() {
        this.file = null;
        this.out = null;
    }

    ErrorReport(Path path) throws IOException {
        this.file = new AtomicOutput(path);
        this.out = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
    }

    static ErrorReport to(Path path) throws IOException {
        return path == null ? NONE : new ErrorReport(path);
    }

    void write(Problem p) {
        if (out == null) return;
        JsonObject o = new JsonObject();
        o.put("file", p.file());
        if (p.record() == null) o.put("record", org.apache.jena.atlas.json.JsonNull.instance);
        else o.put("record", p.record());
        o.put("reason", p.reason());
        try {
            // JsonObject.toString() pretty-prints over several lines; one line per failure is the format
            out.write(org.apache.jena.atlas.json.JSON.toStringFlat(o));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the report into place (even when empty: an empty report says nothing failed). */
    void commit() throws IOException {
        if (out == null) return;
        out.flush();
        file.commit();
    }

    @Override public void close() throws IOException {
        if (file != null) file.close();
    }
}
