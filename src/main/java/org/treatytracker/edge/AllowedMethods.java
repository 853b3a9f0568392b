package org.treatytracker.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which HTTP methods each path of the API answers, read once from the resource classes themselves, so that
 * OPTIONS and the Allow header of a 405 tell the truth (Quarkus REST lists every method it knows for OPTIONS
 * and sends 405 without Allow, which RFC 9110 requires).
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, Set<String> methods) {
    }

    @Inject
    BeanManager beans;

    private volatile List<Route> routes;

    /** The methods the path answers, HEAD and OPTIONS included; empty when no resource has the path. */
    public Set<String> of(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                methods.addAll(route.methods());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = scan();
            routes = known;
        }
        return known;
    }

    private List<Route> scan() {
        Map<String, Set<String>> byTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, new AnnotationLiteral<Any>() { })) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base == null || !type.getPackageName().startsWith("org.treatytracker")) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verbOf(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String template = join(base.value(), sub == null ? "" : sub.value());
                    byTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(verb);
                }
            }
        }
        List<Route> scanned = new ArrayList<>();
        byTemplate.forEach((template, methods) -> scanned.add(new Route(toPattern(template), methods)));
        return scanned;
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code /positions/{id}} matches one segment per parameter (a custom regex in a template is taken as that). */
    static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            regex.append(Pattern.quote(template.substring(i, open)));
            int close = template.indexOf('}', open);
            String parameter = template.substring(open + 1, close);
            int colon = parameter.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + parameter.substring(colon + 1).trim() + ")");
            i = close + 1;
        }
        return Pattern.compile(regex + "/?");
    }
}
