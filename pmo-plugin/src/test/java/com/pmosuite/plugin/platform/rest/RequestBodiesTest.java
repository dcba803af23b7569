package com.pmosuite.plugin.platform.rest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request body reaches a resource as a raw stream, read by {@link PmoJson} after the permission check. A body
 * bound to a type would be read by the host's JSON provider instead (Atlassian REST's in Jira), before any check
 * and without PmoJson's limits: no nesting or number-length bounds of ours, no strict UTF-8, no 400 in our shape.
 */
class RequestBodiesTest {
    @Test
    void everyResourceTakesItsBodyAsAStream() {
        List<JavaClass> resources = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.pmosuite.plugin").stream()
                .filter(c -> c.isAnnotatedWith(Path.class))
                .toList();
        List<String> boundBodies = new ArrayList<>();
        for (JavaClass resource : resources) {
            for (Method method : resource.reflect().getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (isEntity(parameter) && parameter.getType() != InputStream.class) {
                        boundBodies.add(resource.getSimpleName() + "." + method.getName() + "("
                                + parameter.getType().getSimpleName() + ")");
                    }
                }
            }
        }

        assertThat(resources).isNotEmpty();
        assertThat(boundBodies).isEmpty();
    }

    // JAX-RS binds the one parameter without a jakarta.ws.rs annotation of a resource method to the body.
    private static boolean isEntity(Parameter parameter) {
        Method method = (Method) parameter.getDeclaringExecutable();
        boolean resourceMethod = Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
        return resourceMethod && Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType)
                .noneMatch(type -> type.getPackageName().equals("jakarta.ws.rs")
                        || type.getPackageName().equals("jakarta.ws.rs.core"));
    }
}
