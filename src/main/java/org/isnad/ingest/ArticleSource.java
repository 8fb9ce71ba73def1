package org.isnad.ingest;

import org.isnad.BadInputException;
import java.nio.file.Path;

/** Reads one input into an article. One implementation per input kind (plain text now; HTML, JSONL later). */
public interface ArticleSource {
    Article read(Path file, ArticleOverrides overrides) throws BadInputException;
}
