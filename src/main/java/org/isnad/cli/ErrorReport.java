package org.isnad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.isnad.ingest.Problem;

/**
 * {@code --errors FILE}: one JSON object per failed article, {"file", "record", "reason"}, written as the run
 * goes and moved into place when it ends (so a killed run leaves the previous report, not half of one).
 */
class ErrorReport implements AutoCloseable {

    static final ErrorReport NONE = new ErrorReport();

    private final Output file;
    private final Writer out;

    private ErrorReport() {
        this.file = null;
        this.out = null;
    }

    private ErrorReport(Output file) {
        this.file = file;
        this.out = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8));
    }

    /** The report to {@code path} (or none), which must be neither an input nor the run's other output. */
    static ErrorReport to(Path path, List<Path> inputs, Path output) throws IOException {
        if (path == null) return NONE;
        List<Path> avoid = new ArrayList<>(inputs);
        if (output != null) avoid.add(output);
        return new ErrorReport(Output.open("--errors", path, avoid));
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
