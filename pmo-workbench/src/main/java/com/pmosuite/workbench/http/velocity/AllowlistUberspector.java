package com.pmosuite.workbench.http.velocity;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A method allowlist in the spirit of Jira 11's Velocity allowlist: templates may call methods only on strings,
 * numbers, booleans, characters, maps, collections, iterators and arrays, plus the extra types the workbench
 * registers, plus the single methods a plugin's {@code <velocity-allowlist>} names. Any other call, and {@code getClass()} on anything, is refused: the
 * reference then prints as written and a warning names the template line.
 *
 * <p>Velocity creates uberspectors by class name, so this class is public; the extra types arrive through the
 * engine's application attribute {@link #EXTRA_TYPES_ATTRIBUTE}.
 */
public final class AllowlistUberspector extends SecureUberspector {

    static final String EXTRA_TYPES_ATTRIBUTE = AllowlistUberspector.class.getName() + ".extraTypes";
    static final String EXTRA_METHODS_ATTRIBUTE = AllowlistUberspector.class.getName() + ".extraMethods";

    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspector.class);
    private static final List<Class<?>> ALWAYS_ALLOWED = List.of(String.class, Number.class, Boolean.class,
            Character.class, Map.class, Map.Entry.class, Collection.class, Iterator.class);
    // Reflection and thread control: reachable through getClass() or wait() even on an allowed type.
    private static final Set<String> NEVER_ALLOWED = Set.of("getClass", "class", "wait", "notify", "notifyAll");

    private Set<Class<?>> extraTypes = Set.of();
    private Set<String> extraMethods = Set.of();

    @Override
    @SuppressWarnings("unchecked")
    public void init() {
        super.init();
        Object extra = rsvc.getApplicationAttribute(EXTRA_TYPES_ATTRIBUTE);
        if (extra instanceof Set<?> types) {
            extraTypes = Set.copyOf((Set<Class<?>>) types);
        }
        Object methods = rsvc.getApplicationAttribute(EXTRA_METHODS_ATTRIBUTE);
        if (methods instanceof Set<?> names) {
            extraMethods = Set.copyOf((Set<String>) names);
        }
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) {
        boolean allowed = target != null && listedMethod(target.getClass(), methodName, args.length)
                || allowed(target, methodName, info);
        return allowed ? super.getMethod(target, methodName, args, info) : null;
    }

    /**
     * Whether a plugin's {@code <velocity-allowlist>} names this method, written as Jira does,
     * {@code com.example.Type#method(java.lang.String)}, on the target's class or one of its supertypes.
     * The parameter count must match; Velocity resolves overloads of the same count itself.
     */
    private boolean listedMethod(Class<?> type, String methodName, int argumentCount) {
        if (extraMethods.isEmpty() || NEVER_ALLOWED.contains(methodName)) {
            return false;
        }
        for (Class<?> candidate : supertypes(type)) {
            for (String entry : extraMethods) {
                if (entry.startsWith(candidate.getName() + "#" + methodName + "(")
                        && parameterCount(entry) == argumentCount) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int parameterCount(String entry) {
        String parameters = entry.substring(entry.indexOf('(') + 1, entry.lastIndexOf(')')).strip();
        return parameters.isEmpty() ? 0 : parameters.split(",").length;
    }

    private static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        ArrayDeque<Class<?>> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> next = todo.pop();
            if (next != null && all.add(next)) {
                todo.add(next.getSuperclass() == null ? Object.class : next.getSuperclass());
                todo.addAll(List.of(next.getInterfaces()));
            }
        }
        return all;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String property, Info info) {
        return allowed(target, property, info) ? super.getPropertyGet(target, property, info) : null;
    }

    @Override
    public VelPropertySet getPropertySet(Object target, String property, Object value, Info info) {
        return allowed(target, property, info) ? super.getPropertySet(target, property, value, info) : null;
    }

    private boolean allowed(Object target, String member, Info info) {
        if (target == null) {
            return true;
        }
        Class<?> type = target.getClass();
        boolean allowed = !NEVER_ALLOWED.contains(member)
                && (type.isArray()
                || ALWAYS_ALLOWED.stream().anyMatch(allowedType -> allowedType.isAssignableFrom(type))
                || extraTypes.stream().anyMatch(allowedType -> allowedType.isAssignableFrom(type)));
        if (!allowed) {
            LOG.warn("Velocity allowlist refused {}.{} at {}", type.getName(), member, info);
        }
        return allowed;
    }
}
