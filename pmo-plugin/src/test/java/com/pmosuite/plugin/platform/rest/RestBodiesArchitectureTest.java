package com.pmosuite.plugin.platform.rest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What goes over the wire is a REST type: resources answer {@code Response}s whose JSON {@link PmoJson} writes, and
 * PmoJson reads and writes only {@link JsonBody} types (its signatures say so). These rules keep the bodies in the
 * REST packages and made of plain JSON values, so no core record, enum, money or date type reaches the wire as is.
 */
class RestBodiesArchitectureTest {
    private static final Set<Class<?>> JSON_VALUES = Set.of(String.class, int.class, Integer.class, long.class,
            Long.class, boolean.class, Boolean.class);

    private static JavaClasses plugin;

    @BeforeAll
    static void importClasses() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.pmosuite");
    }

    @Test
    void everyBodyLivesInARestPackage() {
        classes().that().implement(JsonBody.class).should().resideInAPackage("..rest..")
                .andShould().beRecords()
                .check(plugin);
    }

    @Test
    void onlyPmoJsonTurnsObjectsIntoJson() {
        // The compliance codec is the one other reader: checks, rules and the standards file are polymorphic trees
        // with their own nesting bounds, read into core records (never bodies) and used by the AO store too.
        noClasses().that().resideOutsideOfPackages("com.pmosuite.plugin.platform.rest",
                        "com.pmosuite.plugin.compliance.json")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..",
                        "com.fasterxml.jackson.core..")
                .check(plugin);
    }

    @Test
    void bodiesHoldOnlyJsonValuesAndOtherBodies() {
        List<JavaClass> bodies = plugin.stream().filter(c -> c.isAssignableTo(JsonBody.class) && !c.isInterface())
                .toList();
        List<String> foreign = new ArrayList<>();
        for (JavaClass body : bodies) {
            for (RecordComponent component : body.reflect().getRecordComponents()) {
                if (!isJsonValue(component.getGenericType())) {
                    foreign.add(body.getSimpleName() + "." + component.getName() + ": " + component.getGenericType());
                }
            }
        }

        assertThat(bodies).extracting(JavaClass::getSimpleName).contains("RiskBody", "RiskJson", "ErrorJson");
        assertThat(foreign).isEmpty();
    }

    @Test
    void resourceMethodsAnswerResponsesAndReadStreams() {
        List<String> other = new ArrayList<>();
        for (JavaClass resource : plugin.stream().filter(c -> c.isAnnotatedWith(Path.class)).toList()) {
            for (Method method : resource.reflect().getDeclaredMethods()) {
                boolean resourceMethod = Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                if (resourceMethod && method.getReturnType() != jakarta.ws.rs.core.Response.class) {
                    other.add(resource.getSimpleName() + "." + method.getName() + " answers "
                            + method.getReturnType().getSimpleName());
                }
            }
        }

        assertThat(other).isEmpty();
    }

    private static boolean isJsonValue(Type type) {
        if (type instanceof Class<?> plain) {
            return JSON_VALUES.contains(plain) || isRestBody(plain);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return isJsonValue(generic.getActualTypeArguments()[0]);
        }
        // A body's type parameter, as in PageJson<T extends JsonBody>.
        return type instanceof TypeVariable<?> variable
                && Arrays.stream(variable.getBounds()).allMatch(b -> b == JsonBody.class);
    }

    private static boolean isRestBody(Class<?> type) {
        return JsonBody.class.isAssignableFrom(type) && type.getPackageName().matches("com\\.pmosuite\\..*\\.rest(\\..*)?");
    }
}
