package org.isnad.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --quiet} and {@code --verbose}: how much Jena, Jetty and Fuseki log (slf4j-simple, configured in
 * simplelogger.properties: warnings, plus Fuseki's start-up and request lines). slf4j-simple reads its
 * settings once, when the first logger is made, so they are set as system properties from the arguments
 * before anything else runs ({@link IsnadCommand#main}); system properties override the properties file.
 */
final class Logging {
    private Logging() {}

    static final String QUIET = "--quiet", VERBOSE = "--verbose";
    private static final String PREFIX = "org.slf4j.simpleLogger.";
    /** The loggers that the properties file raises to info: the server's start-up and request lines. */
    private static final List<String> SERVER_LOGS = List.of("org.apache.jena.fuseki.Server", "org.apache.jena.fuseki.Fuseki");

    /** The slf4j-simple settings the arguments ask for; empty for the defaults. */
    static Map<String, String> settings(String[] args) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String a : args) {
            if (a.equals("--")) break;
            String level = a.equals(QUIET) ? "error" : a.equals(VERBOSE) ? "info" : null;
            if (level == null) continue;
            p.put(PREFIX + "defaultLogLevel", level);
            for (String log : SERVER_LOGS) p.put(PREFIX + "log." + log, level);
        }
        return p;
    }

    /** Applies {@link #settings} before the first logger is made. */
    static void configure(String[] args) {
        settings(args).forEach(System::setProperty);
    }
}
