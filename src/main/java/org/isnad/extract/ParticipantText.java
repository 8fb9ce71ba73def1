package org.isnad.extract;

/**
 * Who acted or who was hit, as the article words it, when no reference list names them ("مسلحون مجهولون",
 * "ثلاثة شبان"): kept as written, unresolved.
 *
 * @param text  the words, cut from the article text
 * @param start where they start in the article text
 * @param end   where they end
 */
public record ParticipantText(String text, int start, int end) {}
