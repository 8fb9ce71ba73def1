package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** bench reports the extractor's rate and the rate of convert's whole pipeline. */
class BenchEndToEndTest {

    @Test
    void reportsTheExtractorAndTheEndToEndRate() {
        IsnadProcess.Run r = IsnadProcess.inProcess("bench", "--repeat", "1", "--warmup", "0", "--threads", "2", "examples");
        assertEquals(0, r.exit(), r.err());
        String o = r.out();
        assertTrue(o.contains("1 thread "), o);
        Matcher e2e = Pattern.compile("end to end, 2 threads\\s+(\\d+) articles/s.*\\((\\d+) articles in").matcher(o);
        assertTrue(e2e.find(), o);
        assertTrue(Integer.parseInt(e2e.group(2)) >= 3, "every example went through the pipeline: " + o);
    }
}
