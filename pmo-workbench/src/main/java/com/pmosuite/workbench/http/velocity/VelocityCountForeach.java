package com.pmosuite.workbench.http.velocity;

import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Foreach;
import org.apache.velocity.runtime.directive.ForeachScope;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * {@code #foreach} that also sets Velocity 1.x's {@code $velocityCount} (1-based) and {@code $velocityHasNext},
 * which Jira templates still use; Velocity 2 dropped them and their {@code directive.foreach.counter.*} settings
 * in favour of {@code $foreach.count} and {@code $foreach.hasNext}, which keep working too.
 *
 * <p>Registered by class name as a custom directive, so public.
 */
public final class VelocityCountForeach extends Foreach {

    private static final String COUNT = "velocityCount";
    private static final String HAS_NEXT = "velocityHasNext";

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
        // Restore the outer loop's values after a nested loop, as Velocity 1.x did.
        Object outerCount = context.get(COUNT);
        Object outerHasNext = context.get(HAS_NEXT);
        try {
            return super.render(context, writer, node);
        } finally {
            restore(context, COUNT, outerCount);
            restore(context, HAS_NEXT, outerHasNext);
        }
    }

    @Override
    protected void renderBlock(InternalContextAdapter context, Writer writer, Node node) throws IOException {
        if (context.get("foreach") instanceof ForeachScope scope) {
            context.put(COUNT, scope.getCount());
            context.put(HAS_NEXT, scope.hasNext());
        }
        super.renderBlock(context, writer, node);
    }

    private static void restore(InternalContextAdapter context, String key, Object value) {
        if (value == null) {
            context.remove(key);
        } else {
            context.put(key, value);
        }
    }
}
