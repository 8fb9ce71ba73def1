package org.isnad.rdf;

import java.util.List;
import org.isnad.extract.Claim;
import org.isnad.ingest.Article;

/** An article with the claims read out of it: what the RDF mapping and the claims JSON are made from. */
public record ConvertedArticle(Article article, List<Claim> claims) {}
