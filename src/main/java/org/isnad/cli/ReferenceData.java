package org.isnad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the project's data directories are: {@code ontology/}, {@code shapes/}, {@code examples/},
 * {@code queries/}. The launcher passes {@code -Disnad.home}; without it, the current directory.
 */
public final class ReferenceData {
    private ReferenceData() {}

    public static Path home() {
        String h = System.getProperty("isnad.home");
        return h != null ? Paths.get(h) : Paths.get("").toAbsolutePath();
    }

    /**
     * {@code name} under the isnad home when the launcher gave one (a folder that happens to be called
     * ontology/ in the current directory must not replace isnad's), else under the current directory.
     * Other reference data is added with --reference.
     */
    public static Path dir(String name) {
        if (System.getProperty("isnad.home") != null) return home().resolve(name);
        Path local = Paths.get(name);
        return Files.isDirectory(local) ? local : home().resolve(name);
    }
}
