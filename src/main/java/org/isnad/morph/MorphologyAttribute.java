package org.isnad.morph;

import java.util.List;
import org.apache.lucene.util.Attribute;

/** The readings of the current token, set by {@link ArabicMorphologyFilter} from the word as written. */
public interface MorphologyAttribute extends Attribute {
    List<Analysis> analyses();

    void setAnalyses(List<Analysis> analyses);
}
