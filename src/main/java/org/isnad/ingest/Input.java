package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.isnad.BadInputException;

/**
 * One input file: its name for messages and where its bytes are. Standard input, pipes and devices are first
 * copied (up to the limit) to a temporary file, so every reader can read twice (sniffing) and seek (WARC recovery).
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

    /**
     * The whole file, refused when larger than {@code limit} bytes: before it is read when its size says so,
     * and, since a size can lie (a file in /proc says 0 and gives more), by reading at most one byte over.
     */
    public byte[] readAll(long limit) throws BadInputException {
        long size = size();
        if (size > limit) throw overLimit(size + " bytes", limit);
        try (InputStream in = Files.newInputStream(path)) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (b.length > limit) throw overLimit("more than " + limit + " bytes", limit);
            return b;
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private BadInputException overLimit(String size, long limit) {
        return new BadInputException(name, "is " + size + ", over the limit of " + limit
                + " for one article (raise --max-article-bytes if it really is one)");
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
