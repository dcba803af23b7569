package com.pmosuite.plugin.platform;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code Import-Package} instruction as bnd (inside AMPS) reads it: ordered clauses, the first clause whose
 * pattern matches a package decides; {@code !} excludes; {@code com.foo.*} matches {@code com.foo} itself and
 * every package below it (bnd's rule, unlike plain OSGi); {@code resolution:=optional} lets the bundle resolve
 * without the package, so such a clause does not guarantee the package at run time.
 */
record ImportPackageInstruction(List<Clause> clauses) {

    /** One comma-separated clause: a pattern with its directives. */
    record Clause(String pattern, boolean negated, boolean optional) {
        private static final Pattern DOT = Pattern.compile("\\.");

        boolean matches(String pkg) {
            if (pattern.equals("*")) {
                return true;
            }
            if (pattern.endsWith(".*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                return pkg.equals(prefix) || pkg.startsWith(prefix + ".");
            }
            if (pattern.contains("*")) {
                String regex = DOT.splitAsStream(pattern).map(part -> Pattern.quote(part).replace("*", "\\E.*\\Q"))
                        .reduce((a, b) -> a + "\\." + b).orElseThrow();
                return pkg.matches(regex);
            }
            return pkg.equals(pattern);
        }

        /** Written back in the instruction's own syntax, for failure messages. */
        @Override
        public String toString() {
            return (negated ? "!" : "") + pattern + (optional ? ";resolution:=optional" : "");
        }
    }

    /** The {@code Import-Package} instruction of the AMPS plugin in the named Maven profile of {@code pom}. */
    static ImportPackageInstruction fromProfile(Path pom, String profileId) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                .getDocumentElement();
        NodeList profiles = root.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if (childText(profile, "id").filter(profileId::equals).isPresent()) {
                NodeList instruction = profile.getElementsByTagName("Import-Package");
                if (instruction.getLength() != 1) {
                    throw new IllegalStateException("profile " + profileId + " has " + instruction.getLength()
                            + " Import-Package instructions, expected one");
                }
                return parse(instruction.item(0).getTextContent());
            }
        }
        throw new IllegalStateException("no profile " + profileId + " in " + pom);
    }

    static ImportPackageInstruction parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        for (String clause : splitOutsideQuotes(header, ',')) {
            if (clause.isBlank()) {
                continue;
            }
            List<String> parts = splitOutsideQuotes(clause, ';');
            List<String> patterns = new ArrayList<>();
            boolean optional = false;
            for (String part : parts) {
                String p = part.strip();
                int directive = p.indexOf(":=");
                if (directive > 0) {
                    String name = p.substring(0, directive).strip();
                    String value = p.substring(directive + 2).strip().replace("\"", "").replace("'", "");
                    optional |= name.equals("resolution") && value.equals("optional");
                } else if (p.indexOf('=') < 0) {
                    patterns.add(p);
                }
            }
            // OSGi allows "a;b;version=1": several packages sharing one set of attributes and directives.
            for (String p : patterns) {
                boolean negated = p.startsWith("!");
                clauses.add(new Clause(negated ? p.substring(1) : p, negated, optional));
            }
        }
        return new ImportPackageInstruction(List.copyOf(clauses));
    }

    /** The clause bnd applies to {@code pkg}: the first whose pattern matches, if any. */
    Optional<Clause> decide(String pkg) {
        return clauses.stream().filter(c -> c.matches(pkg)).findFirst();
    }

    /** Whether the bundle cannot resolve in Jira unless Jira exports {@code pkg}, i.e. it is really wired. */
    boolean requires(String pkg) {
        return decide(pkg).filter(c -> !c.negated() && !c.optional()).isPresent();
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == separator) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static Optional<String> childText(Element parent, String tag) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(tag)) {
                return Optional.of(child.getTextContent().strip());
            }
        }
        return Optional.empty();
    }
}
