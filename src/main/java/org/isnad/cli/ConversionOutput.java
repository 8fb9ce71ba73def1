package org.isnad.cli;

import java.io.OutputStream;
import java.util.function.Supplier;
import org.isnad.rdf.ArticleOutput;

/**
 * Where a conversion writes: the format, and the stream, asked for only when the first article is written
 * (an output made earlier would put out its preamble, and a run that converts nothing must write nothing).
 */
record ConversionOutput(ArticleOutput<?> format, Supplier<OutputStream> stream) {}
