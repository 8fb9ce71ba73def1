package org.isnad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A date option such as {@code --published}: ISO 8601, and a message that names that form when it is not. */
final class IsoDate implements ITypeConverter<LocalDate> {
    @Override public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD (e.g. 2022-08-24)");
        }
    }
}
