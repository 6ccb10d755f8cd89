package io.dragoman.api;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The media types an endpoint takes and gives, read from its annotations, so that a 415 or a 406
 * tells the client what would have worked: every resource method on that path and verb counts (two
 * methods on one path may differ by type, and the framework refuses before choosing one).
 */
final class MediaTypes {
    private static volatile List<Class<?>> resources;
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private MediaTypes() {
    }

    /** The request body types of the endpoint at {@code path}; empty when none is known. */
    static Set<String> consumed(String verb, String path) {
        return collect(verb, path, method -> method.isAnnotationPresent(Consumes.class)
                ? method.getAnnotation(Consumes.class).value()
                : method.getDeclaringClass().isAnnotationPresent(Consumes.class)
                ? method.getDeclaringClass().getAnnotation(Consumes.class).value()
                : hasBody(method) ? new String[] {MediaType.APPLICATION_JSON} : new String[0]);
    }

    /** The answer types of the endpoint at {@code path}; JSON when it declares none. */
    static Set<String> produced(String verb, String path) {
        return collect(verb, path, method -> method.isAnnotationPresent(Produces.class)
                ? method.getAnnotation(Produces.class).value()
                : method.getDeclaringClass().isAnnotationPresent(Produces.class)
                ? method.getDeclaringClass().getAnnotation(Produces.class).value()
                : new String[] {MediaType.APPLICATION_JSON});
    }

    private static Set<String> collect(String verb, String path, Function<Method, String[]> types) {
        // Sorted: reflection gives methods in no particular order, and the answer should not vary.
        Set<String> found = new TreeSet<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getMethods()) {
                if (verb.equals(verb(method)) && matches(resource, method, path)) {
                    for (String value : types.apply(method)) {
                        Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(found::add);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The resource classes, from the container: when the framework refuses a type it has not
     * always chosen a method, so the request's own resource information may be missing.
     */
    private static List<Class<?>> resources() {
        List<Class<?>> known = resources;
        if (known == null) {
            known = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .map(Bean::getBeanClass).filter(c -> c.isAnnotationPresent(Path.class)).distinct()
                    .<Class<?>>map(c -> c).toList();
            resources = known;
        }
        return known;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static boolean matches(Class<?> type, Method method, String path) {
        String template = template(type.getAnnotation(Path.class)) + template(method.getAnnotation(Path.class));
        StringBuilder regex = new StringBuilder();
        var parameters = PARAMETER.matcher(template);
        int last = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(template.substring(last, parameters.start())))
                    .append(parameters.group(1) == null ? "[^/]+" : "(?:" + parameters.group(1).strip() + ")");
            last = parameters.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.matches(regex + "/?", path);
    }

    private static String template(Path path) {
        if (path == null) {
            return "";
        }
        String value = path.value().strip();
        value = value.startsWith("/") ? value : "/" + value;
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** A parameter without a JAX-RS annotation is the request body. */
    private static boolean hasBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = Arrays.stream(parameter.getAnnotations()).anyMatch(a -> a.annotationType()
                    .getPackageName().startsWith("jakarta.ws.rs") || a.annotationType().getPackageName()
                    .startsWith("org.jboss.resteasy.reactive"));
            if (!annotated) {
                return true;
            }
        }
        return false;
    }
}
