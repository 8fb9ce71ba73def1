package org.isnad.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the methods and constructors of a Java source and their length in lines, by brace depth. */
final class MethodLengths {

    record Method(String name, int startLine, int lines) {}

    /** A declaration whose body opens on its line: modifiers, a type, a name, a parameter list, maybe throws. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(?:@\\w+\\s+)*(?:(?:public|protected|private|static|final|abstract|synchronized|default)\\s+)*"
            + "(?:<[^>]+>\\s+)?(?:[\\w.<>\\[\\],? ]+\\s+)?(\\w+)\\s*\\([^;]*\\)\\s*(?:throws [\\w., ]+)?\\{\\s*$");
    private static final Pattern NOT_A_METHOD = Pattern.compile(
            "^\\s*(?:if|for|while|switch|catch|else|try|do|return|new|synchronized)\\b.*|.*->.*|.*=.*");

    private MethodLengths() {}

    static List<Method> of(String source) {
        String[] lines = withoutLiteralsAndComments(source).split("\n", -1);
        List<Method> methods = new ArrayList<>();
        List<int[]> open = new ArrayList<>();   // {start line, depth before its brace, index into names}
        List<String> names = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = DECLARATION.matcher(line);
            boolean declares = m.matches() && !NOT_A_METHOD.matcher(line).matches() && !isTypeDeclaration(line);
            if (declares) {
                names.add(m.group(1));
                open.add(new int[] {i, depth, names.size() - 1});
            }
            for (char c : line.toCharArray()) {
                if (c == '{') depth++;
                else if (c == '}') {
                    depth--;
                    if (!open.isEmpty() && open.get(open.size() - 1)[1] == depth) {
                        int[] start = open.remove(open.size() - 1);
                        methods.add(new Method(names.get(start[2]), start[0] + 1, i - start[0] + 1));
                    }
                }
            }
        }
        methods.sort((a, b) -> Integer.compare(a.startLine(), b.startLine()));
        return methods;
    }

    private static boolean isTypeDeclaration(String line) {
        return line.matches(".*\\b(?:class|interface|enum|record)\\s+\\w+.*");
    }

    /** Blanks string and character literals and comments (keeping line breaks), so braces in them do not count. */
    static String withoutLiteralsAndComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') i++;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                out.append("\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') j += source.charAt(j) == '\\' ? 2 : 1;
                out.append(c).append(c);
                i = Math.min(j + 1, source.length());
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
