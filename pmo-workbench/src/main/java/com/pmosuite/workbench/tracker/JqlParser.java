package com.pmosuite.workbench.tracker;

import com.pmosuite.workbench.tracker.JqlQuery.And;
import com.pmosuite.workbench.tracker.JqlQuery.Clause;
import com.pmosuite.workbench.tracker.JqlQuery.Or;
import com.pmosuite.workbench.tracker.JqlQuery.Sort;
import com.pmosuite.workbench.tracker.JqlQuery.Terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A hand-written parser of the JQL subset the workbench runs: {@code field op value}, {@code field in (a, b)},
 * {@code field is [not] EMPTY}, {@code AND}, {@code OR}, parentheses and {@code ORDER BY}. Inputs are bounded
 * before parsing ({@value #MAX_LENGTH} characters, {@value #MAX_NESTING} levels of parentheses, {@value #MAX_VALUES}
 * values in a list, {@value #MAX_CLAUSES} clauses). Which fields and operators mean something is {@link JqlSql}'s
 * business; this class only knows the grammar, and refuses the parts of JQL's grammar the subset leaves out
 * ({@code NOT}, functions, history operators) by naming them. {@link #survey} reads past those parts instead of
 * stopping at the first, so every one of them can be named at once.
 */
public final class JqlParser {
    public static final int MAX_LENGTH = 2_000;
    public static final int MAX_NESTING = 10;
    public static final int MAX_VALUES = 500;
    public static final int MAX_CLAUSES = 100;

    private static final Set<String> RESERVED = Set.of("and", "or", "not", "in", "is", "empty", "null", "order",
            "by", "asc", "desc", "was", "changed");
    private static final Set<String> COMPARISONS = Set.of("=", "!=", ">", ">=", "<", "<=");

    private enum Kind { WORD, STRING, OPERATOR, OPEN, CLOSE, COMMA, END }

    private record Token(Kind kind, String text, int position, int end) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }
    }

    // JQL's own functions (Jira 11's JQL reference), so a message can say that Jira runs them.
    private static final Set<String> JIRA_FUNCTIONS = Set.of("approved", "approver", "breached", "cascadeoption",
            "closedsprints", "completed", "componentsleadbyuser", "currentlogin", "currentuser",
            "earliestunreleasedversion", "elapsed", "endofday", "endofmonth", "endofweek", "endofyear",
            "everbreached", "futuresprints", "issuehistory", "issueswithremotelinksbyglobalid", "lastlogin",
            "latestreleasedversion", "linkedissues", "membersof", "myapproval", "mypending", "now", "opensprints",
            "paused", "pending", "pendingby", "projectsleadbyuser", "projectswhereuserhaspermission",
            "projectswhereuserhasrole", "releasedversions", "remaining", "running", "standardissuetypes",
            "startofday", "startofmonth", "startofweek", "startofyear", "subtaskissuetypes", "unreleasedversions",
            "updatedby", "votedissues", "watchedissues", "withincalendarhours");
    private static final Set<String> HISTORY_PREDICATES = Set.of("after", "before", "by", "during", "on", "from",
            "to");

    /**
     * A query read as far as the grammar allows, with the parts outside the subset named rather than refused.
     *
     * @param query          the query without the clauses that use those parts, and without its NOTs (never to be
     *                       run when there are any)
     * @param unrunnable     the parts of JQL the workbench does not run, in the order they appear
     * @param fieldsNotTried the fields of the clauses left out, so whether the workbench knows them can be said too
     */
    public record Survey(JqlQuery query, List<JqlException.Unrunnable> unrunnable, List<String> fieldsNotTried) {
        public Survey {
            unrunnable = List.copyOf(unrunnable);
            fieldsNotTried = List.copyOf(fieldsNotTried);
        }
    }

    private final String jql;
    private final List<Token> tokens;
    private final boolean surveying;
    private final List<JqlException.Unrunnable> unrunnable = new ArrayList<>();
    private final List<String> fieldsNotTried = new ArrayList<>();
    private int next;
    private int depth;
    private int clauses;

    private JqlParser(String jql, boolean surveying) {
        this.jql = jql;
        this.tokens = tokenize(jql);
        this.surveying = surveying;
    }

    /** Parses JQL; a blank query means "every issue". */
    public static JqlQuery parse(String jql) {
        return new JqlParser(bounded(jql), false).query();
    }

    /**
     * Reads JQL as {@link #parse} does, but names every part outside the subset instead of refusing the first.
     *
     * @throws JqlException when the JQL is too large or malformed (with the character it goes wrong at)
     */
    public static Survey survey(String jql) {
        JqlParser parser = new JqlParser(bounded(jql), true);
        JqlQuery query = parser.query();
        return new Survey(query, parser.unrunnable, parser.fieldsNotTried);
    }

    private static String bounded(String jql) {
        String text = jql == null ? "" : jql;
        if (text.length() > MAX_LENGTH) {
            throw new JqlException("The JQL query may be at most " + MAX_LENGTH + " characters long.");
        }
        return text;
    }

    private JqlQuery query() {
        Clause where = null;
        if (peek().kind != Kind.END && !peek().isWord("order")) {
            where = or();
        }
        List<Sort> sorts = new ArrayList<>();
        if (peek().isWord("order")) {
            take();
            expectWord("by");
            do {
                Token field = take();
                if (field.kind != Kind.WORD && field.kind != Kind.STRING) {
                    throw error("Expecting a field name after 'ORDER BY'", field);
                }
                boolean descending = false;
                if (peek().isWord("asc") || peek().isWord("desc")) {
                    descending = take().text.equalsIgnoreCase("desc");
                }
                sorts.add(new Sort(field.text, descending));
                if (sorts.size() > 10) {
                    throw new JqlException("A JQL query may sort by at most 10 fields.");
                }
            } while (peek().kind == Kind.COMMA && take() != null);
        }
        if (peek().kind != Kind.END) {
            throw error("Expecting either 'OR' or 'AND' but got '" + peek().text + "'", peek());
        }
        return new JqlQuery(where, sorts, jql);
    }

    // While surveying, a clause outside the subset is read and left out (null), so the rest can still be checked.
    private Clause or() {
        List<Clause> parts = new ArrayList<>();
        addIfRead(parts, and());
        while (peek().isWord("or")) {
            take();
            addIfRead(parts, and());
        }
        return joined(parts, Or::new);
    }

    private Clause and() {
        List<Clause> parts = new ArrayList<>();
        addIfRead(parts, primary());
        while (peek().isWord("and")) {
            take();
            addIfRead(parts, primary());
        }
        return joined(parts, And::new);
    }

    private static void addIfRead(List<Clause> parts, Clause clause) {
        if (clause != null) {
            parts.add(clause);
        }
    }

    private static Clause joined(List<Clause> parts, Function<List<Clause>, Clause> join) {
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : join.apply(parts);
    }

    private Clause primary() {
        Token token = peek();
        if (token.kind == Kind.OPEN) {
            take();
            if (++depth > MAX_NESTING) {
                throw new JqlException("The JQL query nests parentheses deeper than " + MAX_NESTING + " levels.");
            }
            Clause inner = or();
            expect(Kind.CLOSE, "')'");
            depth--;
            return inner;
        }
        if (token.isWord("not")) {
            take();
            refuse("NOT", true, token);
            // Kept un-negated: a survey is never run, and its clauses' fields and values are still checked.
            return primary();
        }
        return terminal();
    }

    private Clause terminal() {
        if (++clauses > MAX_CLAUSES) {
            throw new JqlException("A JQL query may have at most " + MAX_CLAUSES + " clauses.");
        }
        Token field = take();
        if (field.kind != Kind.WORD && field.kind != Kind.STRING || field.kind == Kind.WORD
                && RESERVED.contains(field.text.toLowerCase(Locale.ROOT))) {
            throw error("Expecting a field name but got '" + field.text + "'", field);
        }
        int start = field.position;
        int refusedBefore = unrunnable.size();
        String operator = operator();
        List<String> values;
        if (operator.equals("was") || operator.equals("changed")) {
            historyOperand(operator);
            values = List.of();
        } else if (operator.equals("is") || operator.equals("is not")) {
            Token empty = take();
            if (!empty.isWord("empty") && !empty.isWord("null")) {
                throw error("Expecting 'EMPTY' or 'NULL' after '" + operator.toUpperCase(Locale.ROOT) + "'", empty);
            }
            values = List.of();
        } else if (operator.equals("in") || operator.equals("not in")) {
            values = list();
        } else {
            values = List.of(value());
        }
        if (unrunnable.size() > refusedBefore) {
            fieldsNotTried.add(field.text);
            return null;
        }
        String text = jql.substring(start, tokens.get(next - 1).end).strip();
        return new Terminal(field.text, operator, values, text);
    }

    private String operator() {
        Token token = take();
        if (token.kind == Kind.OPERATOR) {
            if (!COMPARISONS.contains(token.text)) {
                refuse("the operator '" + token.text + "'", token.text.equals("~") || token.text.equals("!~"),
                        token);
            }
            return token.text;
        }
        if (token.isWord("in")) {
            return "in";
        }
        if (token.isWord("not") && peek().isWord("in")) {
            take();
            return "not in";
        }
        if (token.isWord("is")) {
            if (peek().isWord("not")) {
                take();
                return "is not";
            }
            return "is";
        }
        if (token.isWord("was") || token.isWord("changed")) {
            refuse("the history operator '" + token.text.toUpperCase(Locale.ROOT) + "'", true, token);
            return token.text.toLowerCase(Locale.ROOT);
        }
        throw error("Expecting an operator but got '" + token.text + "'", token);
    }

    /** Reads past {@code WAS [NOT] [IN] operand} or {@code CHANGED} and their predicates ({@code BY x}, ...). */
    private void historyOperand(String operator) {
        if (operator.equals("was")) {
            if (peek().isWord("not")) {
                take();
            }
            if (peek().isWord("in")) {
                take();
                list();
            } else {
                value();
            }
        }
        while (peek().kind == Kind.WORD && HISTORY_PREDICATES.contains(peek().text.toLowerCase(Locale.ROOT))) {
            take();
            if (peek().kind == Kind.OPEN) {
                list();
            } else {
                value();
            }
        }
    }

    private List<String> list() {
        // "in membersOf(x)": a function standing for the whole list.
        if (peek().kind == Kind.WORD && tokens.get(next + 1).kind == Kind.OPEN) {
            return List.of(value());
        }
        expect(Kind.OPEN, "'('");
        List<String> values = new ArrayList<>();
        do {
            values.add(value());
            if (values.size() > MAX_VALUES) {
                throw new JqlException("A JQL list may hold at most " + MAX_VALUES + " values.");
            }
        } while (peek().kind == Kind.COMMA && take() != null);
        expect(Kind.CLOSE, "')'");
        return values;
    }

    private String value() {
        Token token = take();
        if (token.kind == Kind.STRING) {
            return token.text;
        }
        if (token.kind != Kind.WORD || RESERVED.contains(token.text.toLowerCase(Locale.ROOT))) {
            throw error("Expecting a value but got '" + token.text + "'", token);
        }
        if (peek().kind == Kind.OPEN) {
            refuse("the function '" + token.text + "()'",
                    JIRA_FUNCTIONS.contains(token.text.toLowerCase(Locale.ROOT)), token);
            take();
            if (peek().kind != Kind.CLOSE) {
                do {
                    value();
                } while (peek().kind == Kind.COMMA && take() != null);
            }
            expect(Kind.CLOSE, "')'");
            return token.text + "()";
        }
        return token.text;
    }

    private void expectWord(String word) {
        Token token = take();
        if (!token.isWord(word)) {
            throw error("Expecting '" + word.toUpperCase(Locale.ROOT) + "' but got '" + token.text + "'", token);
        }
    }

    private void expect(Kind kind, String what) {
        Token token = take();
        if (token.kind != kind) {
            throw error("Expecting " + what + " but got '" + token.text + "'", token);
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind != Kind.END) {
            next++;
        }
        return token;
    }

    private JqlException error(String message, Token at) {
        return new JqlException("Error in the JQL Query: " + message + ". (line 1, character " + (at.position + 1)
                + ")");
    }

    /** Refuses a part of JQL outside the subset: at once when parsing, by noting it when surveying. */
    private void refuse(String what, boolean inJira, Token at) {
        JqlException.Unrunnable part = new JqlException.Unrunnable(what, inJira, at.position + 1);
        if (!surveying) {
            throw new JqlException("The workbench does not support " + what + " in JQL (line 1, character "
                    + (at.position + 1) + ").", part);
        }
        unrunnable.add(part);
    }

    private static List<Token> tokenize(String jql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.OPEN, "(", i, ++i));
            } else if (c == ')') {
                tokens.add(new Token(Kind.CLOSE, ")", i, ++i));
            } else if (c == ',') {
                tokens.add(new Token(Kind.COMMA, ",", i, ++i));
            } else if (c == '"' || c == '\'') {
                int start = i++;
                StringBuilder text = new StringBuilder();
                while (i < jql.length() && jql.charAt(i) != c) {
                    if (jql.charAt(i) == '\\' && i + 1 < jql.length()) {
                        i++;
                    }
                    text.append(jql.charAt(i++));
                }
                if (i >= jql.length()) {
                    throw new JqlException("Error in the JQL Query: The quoted string starting at character "
                            + (start + 1) + " is not closed.");
                }
                i++;
                tokens.add(new Token(Kind.STRING, text.toString(), start, i));
            } else if ("=!<>~".indexOf(c) >= 0) {
                int start = i++;
                if (i < jql.length() && (jql.charAt(i) == '=' || jql.charAt(i) == '~') && c != '=' && c != '~') {
                    i++;
                }
                tokens.add(new Token(Kind.OPERATOR, jql.substring(start, i), start, i));
            } else if (isWordChar(c)) {
                int start = i;
                while (i < jql.length() && isWordChar(jql.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, jql.substring(start, i), start, i));
            } else {
                throw new JqlException("Error in the JQL Query: The character '" + c + "' is a reserved JQL"
                        + " character. (line 1, character " + (i + 1) + ")");
            }
        }
        tokens.add(new Token(Kind.END, "end of query", jql.length(), jql.length()));
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '@' || c == '/' || c == ':'
                || c == '[' || c == ']';
    }
}
