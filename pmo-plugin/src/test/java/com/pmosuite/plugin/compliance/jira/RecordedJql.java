package com.pmosuite.plugin.compliance.jira;

import com.atlassian.jira.jql.builder.JqlClauseBuilder;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.query.Query;
import com.atlassian.query.operator.Operator;
import org.mockito.invocation.InvocationOnMock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's JQL builder cannot run outside Jira, so tests mock its interface with an answer that writes down every call
 * in order and returns the builder itself (as Jira's does). {@link #text()} shows the calls as the JQL Jira would
 * build from them, so a test reads like the query it expects; the built query carries the calls made before it.
 */
final class RecordedJql {
    final List<Call> calls = new ArrayList<>();
    final JqlClauseBuilder where = mock(JqlClauseBuilder.class, this::answer);
    final JqlQueryBuilder builder = mock(JqlQueryBuilder.class);

    RecordedJql() {
        when(builder.where()).thenReturn(where);
        when(builder.buildQuery()).thenAnswer(i -> built());
    }

    /** A builder holding a copy of an existing query's where clause, as {@code JqlQueryBuilder.newBuilder(query)}. */
    RecordedJql(Query copied) {
        this();
        calls.add(new Call("copy", new Object[] {copied.getQueryString()}));
    }

    private Object answer(InvocationOnMock invocation) {
        if (invocation.getMethod().getName().equals("buildQuery")) {
            return built();
        }
        calls.add(new Call(invocation.getMethod().getName(), invocation.getRawArguments()));
        return invocation.getMock();
    }

    private Built built() {
        return new Built(List.copyOf(calls));
    }

    /** The calls so far as JQL text. */
    String text() {
        return text(calls);
    }

    static String text(List<Call> calls) {
        return calls.stream().map(Call::text).collect(Collectors.joining(" "));
    }

    /** One call on the clause builder. */
    record Call(String method, Object[] args) {
        String text() {
            return switch (method) {
                case "copy" -> "{" + args[0] + "}";
                case "and" -> "AND";
                case "or" -> "OR";
                case "not" -> "NOT";
                case "sub" -> "(";
                case "endsub" -> ")";
                case "project" -> "project in " + values(args[0]);
                case "issueTypeIsSubtask" -> "issuetype in subTaskIssueTypes()";
                case "issueTypeIsStandard" -> "issuetype in standardIssueTypes()";
                case "addEmptyCondition" -> args[0] + " IS EMPTY";
                case "addStringCondition" -> args[0] + " " + symbol((Operator) args[1]) + " "
                        + (args[2] instanceof String single ? quoted(single) : values(args[2]));
                case "addNumberCondition" -> args[0] + " " + symbol((Operator) args[1]) + " "
                        + (args[2] instanceof Long single ? single : values(args[2]));
                case "addFunctionCondition" -> args[0] + " " + symbol((Operator) args[1]) + " " + args[2] + "("
                        + (args.length > 3 ? Arrays.stream((Object[]) args[3]).map(a -> quoted((String) a))
                        .collect(Collectors.joining(", ")) : "") + ")";
                default -> method + Arrays.toString(args);
            };
        }

        private static String values(Object array) {
            return Arrays.stream((Object[]) array)
                    .map(v -> v instanceof String s ? quoted(s) : String.valueOf(v))
                    .collect(Collectors.joining(", ", "(", ")"));
        }

        private static String quoted(String value) {
            return "\"" + value + "\"";
        }

        private static String symbol(Operator operator) {
            return switch (operator) {
                case EQUALS -> "=";
                case NOT_EQUALS -> "!=";
                case IN -> "in";
                case NOT_IN -> "not in";
                case LESS_THAN -> "<";
                case LESS_THAN_EQUALS -> "<=";
                case GREATER_THAN -> ">";
                case GREATER_THAN_EQUALS -> ">=";
                default -> operator.name();
            };
        }
    }

    /** A query built from the recorded calls. */
    record Built(List<Call> calls) implements Query {
        @Override
        public String getQueryString() {
            return text(calls);
        }
    }
}
