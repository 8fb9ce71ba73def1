package org.isnad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the project's data directories are: {@code ontology/}, {@code shapes/}, {@code examples/},
 * {@code queries/}. The launcher passes {@code -Disnad.home}; without it, the current directory. The
 * reference data ({@code ontology/}) is also packaged in the jar, so a command run from anywhere, with or
 * without the launcher, finds it.
 */
public final class ReferenceData {
    private ReferenceData() {}

    /** The packaged ontology/, copied out of the jar once per run (Jena and the loaders read files). */
    private static Path packagedOntology;

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

    /**
     * The reference data every command uses by default (convert's lexicons, load's reference graph,
     * export's JSON-LD context): {@code ontology/} as {@link #dir} finds it, else the copy in the jar.
     */
    public static Path ontology() {
        Path dir = dir("ontology");
        if (Files.isDirectory(dir)) return dir;
        Path packaged = packagedOntology();
        return packaged != null ? packaged : dir;
    }

    /** ontology/ from the classpath: the directory itself when classes are a folder, else a temporary copy. */
    static synchronized Path packagedOntology() {
        if (packagedOntology != null) return packagedOntology;
        URL marker = ReferenceData.class.getResource("/ontology/isnad.ttl");
        if (marker == null) return null;
        try {
            URI uri = marker.toURI();
            if ("file".equals(uri.getScheme()))
                return packagedOntology = Path.of(uri).getParent();
            if (!"jar".equals(uri.getScheme())) return null;
            packagedOntology = copyOut(uri);
            return packagedOntology;
        } catch (URISyntaxException | IOException e) {
            return null;
        }
    }

    private static Path copyOut(URI inJar) throws IOException {
        Path tmp = Files.createTempDirectory("isnad-ontology");
        tmp.toFile().deleteOnExit();
        FileSystem fs;
        boolean opened = false;
        try {
            fs = FileSystems.newFileSystem(inJar, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            fs = FileSystems.getFileSystem(inJar);
        }
        try (Stream<Path> files = Files.list(fs.getPath("/ontology"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = tmp.resolve(f.getFileName().toString());
                Files.copy(f, to);
                to.toFile().deleteOnExit();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (opened) fs.close();
        }
        return tmp;
    }
}
