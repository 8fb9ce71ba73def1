package org.isnad.morph;

import java.util.List;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Lucene finds the implementation of an attribute by this name. */
public final class MorphologyAttributeImpl extends AttributeImpl implements MorphologyAttribute {

    private List<Analysis> analyses = List.of();

    @Override public List<Analysis> analyses() { return analyses; }

    @Override public void setAnalyses(List<Analysis> analyses) { this.analyses = List.copyOf(analyses); }

    @Override public void clear() { analyses = List.of(); }

    @Override public void copyTo(AttributeImpl target) { ((MorphologyAttribute) target).setAnalyses(analyses); }

    @Override public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(MorphologyAttribute.class, "analyses", analyses);
    }
}
