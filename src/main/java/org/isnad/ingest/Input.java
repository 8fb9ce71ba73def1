package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.isnad.BadInputException;

/**
 * One input file: its name for messages and where its bytes are. Standard input is first copied to a
 * temporary file, so every reader can read twice (sniffing) and seek (WARC recovery).
 */
public record Input(String name, Path path) {

    public long size() throws BadInputException {
        try {
            return Files.size(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, "no such file");
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The whole file, refused when larger than {@code limit} bytes (before it is read). */
    public byte[] readAll(long limit) throws BadInputException {
        long size = size();
        if (size > limit)
            throw new BadInputException(name, "is " + size + " bytes, over the limit of " + limit
                    + " for one article (raise --max-article-bytes if it really is one)");
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The first {@code n} bytes (fewer when the file is shorter). */
    public byte[] head(int n) throws BadInputException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(n);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, "no such file");
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
