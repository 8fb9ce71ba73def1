package org.isnad.table;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: what a spreadsheet or pandas would make of the table. */
final class Csv {
    private Csv() {}

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                for (i++; ; i++) {
                    if (i >= text.length()) throw new IllegalArgumentException("unterminated quote");
                    if (text.charAt(i) == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                        else { i++; break; }
                    } else field.append(text.charAt(i));
                }
                any = true;
            } else if (c == ',') {
                record.add(field.toString()); field.setLength(0); i++; any = true;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString()); field.setLength(0);
                records.add(record); record = new ArrayList<>(); i += 2; any = false;
            } else if (c == '"' || c == '\r' || c == '\n') {
                throw new IllegalArgumentException("bare " + (int) c + " at " + i);
            } else {
                field.append(c); i++; any = true;
            }
        }
        if (any) throw new IllegalArgumentException("last record not ended by CRLF");
        return records;
    }
}
