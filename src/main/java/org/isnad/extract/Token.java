package org.isnad.extract;

/**
 * One word of the article: its normalised form and where it stands in the original text.
 *
 * @param term  normalised form (Arabic normalisation, ASCII digits, lower case)
 * @param start offset of the first character in the article text
 * @param end   offset after the last character
 */
public record Token(String term, int start, int end) {
    public boolean isNumber() {
        return !term.isEmpty() && term.chars().allMatch(Character::isDigit);
    }
}
