package com.pmosuite.workbench.plugin;

import jakarta.inject.Inject;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates the classes a descriptor names (servlets, context providers) the way Spring Scanner does inside Jira: by
 * their {@code @Inject} constructor, with host services and plugin components found by parameter type.
 */
public final class ComponentFactory {
    private final Map<Class<?>, Object> components = new LinkedHashMap<>();

    public <T> ComponentFactory register(Class<T> type, T instance) {
        components.put(type, instance);
        return this;
    }

    public <T> T create(String className, Class<T> expectedType) {
        try {
            Class<?> type = Class.forName(className, true, ComponentFactory.class.getClassLoader());
            Constructor<?> constructor = Arrays.stream(type.getConstructors())
                    .filter(c -> c.isAnnotationPresent(Inject.class))
                    .findFirst()
                    .orElseGet(() -> onlyConstructor(type));
            Object[] args = Arrays.stream(constructor.getParameterTypes()).map(this::component).toArray();
            return expectedType.cast(constructor.newInstance(args));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The descriptor names " + className + ", which does not exist", e);
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Could not create " + className, e);
        }
    }

    private Object component(Class<?> type) {
        Object found = components.get(type);
        if (found == null) {
            throw new IllegalStateException("No component of type " + type.getName() + " to inject");
        }
        return found;
    }

    private static Constructor<?> onlyConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs one public or one @Inject constructor");
        }
        return constructors[0];
    }
}
