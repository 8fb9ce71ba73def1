package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** bench reports the extractor's rate and the rate of convert's whole pipeline. */
class BenchEndToEndTest {

    @Test
    void reportsTheExtractorAndTheEndToEndRate() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int rc = cl.execute("bench", "--repeat", "1", "--warmup", "0", "--threads", "2", "examples");
        assertEquals(0, rc, err.toString());
        String o = out.toString();
        assertTrue(o.contains("1 thread "), o);
        Matcher e2e = Pattern.compile("end to end, 2 threads\\s+(\\d+) articles/s.*\\((\\d+) articles in").matcher(o);
        assertTrue(e2e.find(), o);
        assertTrue(Integer.parseInt(e2e.group(2)) >= 3, "every example went through the pipeline: " + o);
    }
}
