package org.isnad.extract;

/** A span of the article text a claim rests on; {@code text} is exactly {@code article.text[start, end)}. */
public record Evidence(int start, int end, String text) {}
