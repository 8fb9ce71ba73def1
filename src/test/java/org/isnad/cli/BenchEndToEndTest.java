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
        // the extracting thread's CPU time per article: positive, and no more than the wall time it took
        Matcher one = Pattern.compile("1 thread\\s+(\\d+) articles/s.*\\((\\d+) articles in ([0-9.]+) s\\)  CPU ([0-9.]+) ms/article").matcher(o);
        assertTrue(one.find(), o);
        // (the wall time is printed to the hundredth of a second: its upper bound)
        double cpuMs = Double.parseDouble(one.group(4)), wallMs = (Double.parseDouble(one.group(3)) + 0.005) * 1000 / Integer.parseInt(one.group(2));
        assertTrue(cpuMs > 0 && cpuMs <= wallMs + 0.001, "CPU " + cpuMs + " ms against wall " + wallMs + " ms an article: " + o);
        Matcher e2e = Pattern.compile("end to end, 2 threads\\s+(\\d+) articles/s.*\\((\\d+) articles in").matcher(o);
        assertTrue(e2e.find(), o);
        assertTrue(Integer.parseInt(e2e.group(2)) >= 3, "every example went through the pipeline: " + o);
    }
}
