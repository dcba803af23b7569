package com.pmosuite.workbench.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The workbench's JSON settings for REST: java.time values as ISO-8601 strings, and records written as exactly
 * their components.
 */
public final class WorkbenchJson {

    private WorkbenchJson() {
    }

    /** A new mapper with the workbench settings; callers may add modules before first use. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .annotationIntrospector(new RecordComponentsOnly())
                .build();
    }

    /** Hands the given mapper to Jersey's Jackson provider, which looks mappers up through a ContextResolver. */
    static ContextResolver<ObjectMapper> resolver(ObjectMapper mapper) {
        return new MapperResolver(mapper);
    }

    @jakarta.ws.rs.ext.Provider
    private record MapperResolver(ObjectMapper mapper) implements ContextResolver<ObjectMapper> {
        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    /**
     * Jackson also treats a record's extra {@code getX()}/{@code isX()} methods as properties; a record's JSON
     * should be its components only, so that a derived helper like {@code isOverdue()} never leaks into the API.
     */
    private static final class RecordComponentsOnly extends JacksonAnnotationIntrospector {
        @Override
        public boolean hasIgnoreMarker(AnnotatedMember member) {
            if (member instanceof AnnotatedMethod method
                    && method.getDeclaringClass().isRecord()
                    && method.getParameterCount() == 0
                    && !isComponentAccessor(method)) {
                return true;
            }
            return super.hasIgnoreMarker(member);
        }

        // A getTitle() next to a component "title" names the same property; ignoring it would drop the component.
        private static boolean isComponentAccessor(AnnotatedMethod method) {
            String name = method.getName();
            String property = name.startsWith("get") && name.length() > 3 ? decapitalise(name.substring(3))
                    : name.startsWith("is") && name.length() > 2 ? decapitalise(name.substring(2))
                    : name;
            return Arrays.stream(method.getDeclaringClass().getRecordComponents())
                    .map(RecordComponent::getName)
                    .anyMatch(component -> component.equals(name) || component.equals(property));
        }

        private static String decapitalise(String text) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
    }
}
