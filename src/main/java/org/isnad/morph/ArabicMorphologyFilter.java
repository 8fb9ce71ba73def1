package org.isnad.morph;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Analyses each word as written, before any normalisation: the dictionary needs the hamza that the
 * normaliser folds away ("ألقت" is أَلْقَى, "القت" could be anything). The term itself is left as it is.
 */
public final class ArabicMorphologyFilter extends TokenFilter {

    private final Morphology morphology;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final MorphologyAttribute readings = addAttribute(MorphologyAttribute.class);

    public ArabicMorphologyFilter(TokenStream input, Morphology morphology) {
        super(input);
        this.morphology = morphology;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        readings.setAnalyses(morphology.analyse(term.toString()));
        return true;
    }
}
