package com.pmosuite.workbench.http.velocity;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira 10+'s Velocity method allowlist: a template may call a method only when it is on the host's global
 * allowlist or on the plugin's own {@code <velocity-allowlist>}. The global list is modelled as the methods of
 * strings, numbers, booleans, characters, maps, collections, iterators and arrays (what Jira's templates loop over
 * and print) plus single host methods such as {@code I18nHelper#getText}; any other call, and {@code getClass()} on
 * anything, is refused: the reference then prints as written and a warning names the template line.
 *
 * <p>Entries are written as Jira writes them, {@code com.example.Type#method(java.lang.String)}, and match the
 * method Velocity resolved, on the target's class or one of its supertypes, by name and exact parameter types.
 *
 * <p>Velocity creates uberspectors by class name, so this class is public; the lists arrive through the engine's
 * application attributes.
 */
public final class AllowlistUberspector extends SecureUberspector {

    static final String HOST_METHODS_ATTRIBUTE = AllowlistUberspector.class.getName() + ".hostMethods";
    static final String PLUGIN_METHODS_ATTRIBUTE = AllowlistUberspector.class.getName() + ".pluginMethods";

    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspector.class);
    private static final List<Class<?>> ALWAYS_ALLOWED = List.of(String.class, Number.class, Boolean.class,
            Character.class, Map.class, Map.Entry.class, Collection.class, Iterator.class);
    // Reflection and thread control: reachable through getClass() or wait() even on an allowed type.
    private static final Set<String> NEVER_ALLOWED = Set.of("getClass", "class", "wait", "notify", "notifyAll");

    private Set<String> listedMethods = Set.of();

    @Override
    public void init() {
        super.init();
        Set<String> listed = new LinkedHashSet<>();
        listed.addAll(strings(rsvc.getApplicationAttribute(HOST_METHODS_ATTRIBUTE)));
        listed.addAll(strings(rsvc.getApplicationAttribute(PLUGIN_METHODS_ATTRIBUTE)));
        listedMethods = Set.copyOf(listed);
    }

    private static Set<String> strings(Object attribute) {
        return attribute instanceof Set<?> set
                ? set.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet()) : Set.of();
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) {
        if (target == null || NEVER_ALLOWED.contains(methodName)) {
            return refused(target, methodName, info);
        }
        VelMethod method = super.getMethod(target, methodName, args, info);
        if (method == null) {
            return null;
        }
        if (builtIn(target.getClass()) || listed(target.getClass(), method.getMethod())) {
            return method;
        }
        return refused(target, methodName, info);
    }

    /** Whether the host's or the plugin's list names this method on the target's class or a supertype. */
    private boolean listed(Class<?> type, Method method) {
        if (method == null || listedMethods.isEmpty()) {
            return false;
        }
        String signature = "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getName).collect(Collectors.joining(",")) + ")";
        for (Class<?> candidate : supertypes(type)) {
            if (listedMethods.contains(candidate.getName() + signature)
                    || listedMethods.contains(candidate.getName() + signature.replace(",", ", "))) {
                return true;
            }
        }
        return false;
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
        return allowedProperty(target, property, info) ? super.getPropertyGet(target, property, info) : null;
    }

    @Override
    public VelPropertySet getPropertySet(Object target, String property, Object value, Info info) {
        return allowedProperty(target, property, info) ? super.getPropertySet(target, property, value, info) : null;
    }

    // $x.name is a call of getName()/get("name"): only the built-in types' properties are reachable this way.
    private boolean allowedProperty(Object target, String property, Info info) {
        if (target == null) {
            return true;
        }
        if (!NEVER_ALLOWED.contains(property) && builtIn(target.getClass())) {
            return true;
        }
        refused(target, property, info);
        return false;
    }

    private static boolean builtIn(Class<?> type) {
        return type.isArray() || ALWAYS_ALLOWED.stream().anyMatch(allowed -> allowed.isAssignableFrom(type));
    }

    private static VelMethod refused(Object target, String member, Info info) {
        LOG.warn("Velocity allowlist refused {}.{} at {}", target == null ? "null" : target.getClass().getName(),
                member, info);
        return null;
    }
}
