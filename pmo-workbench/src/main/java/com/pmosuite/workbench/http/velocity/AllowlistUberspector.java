package com.pmosuite.workbench.http.velocity;

import java.util.Collection;
import java.util.Iterator;
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
 * registers (an i18n helper, view models). Any other call, and {@code getClass()} on anything, is refused: the
 * reference then prints as written and a warning names the template line.
 *
 * <p>Velocity creates uberspectors by class name, so this class is public; the extra types arrive through the
 * engine's application attribute {@link #EXTRA_TYPES_ATTRIBUTE}.
 */
public final class AllowlistUberspector extends SecureUberspector {

    static final String EXTRA_TYPES_ATTRIBUTE = AllowlistUberspector.class.getName() + ".extraTypes";

    private static final Logger LOG = LoggerFactory.getLogger(AllowlistUberspector.class);
    private static final List<Class<?>> ALWAYS_ALLOWED = List.of(String.class, Number.class, Boolean.class,
            Character.class, Map.class, Map.Entry.class, Collection.class, Iterator.class);
    // Reflection and thread control: reachable through getClass() or wait() even on an allowed type.
    private static final Set<String> NEVER_ALLOWED = Set.of("getClass", "class", "wait", "notify", "notifyAll");

    private Set<Class<?>> extraTypes = Set.of();

    @Override
    @SuppressWarnings("unchecked")
    public void init() {
        super.init();
        Object extra = rsvc.getApplicationAttribute(EXTRA_TYPES_ATTRIBUTE);
        if (extra instanceof Set<?> types) {
            extraTypes = Set.copyOf((Set<Class<?>>) types);
        }
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) {
        return allowed(target, methodName, info) ? super.getMethod(target, methodName, args, info) : null;
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
