package io.mithril.http.internal;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * Refuses the HEAD and OPTIONS answers JAX-RS generates by itself: the reference routes only the methods a route
 * declares, so those get 405 there. CORS preflights never reach here (the servlet filter answers them).
 */
public final class ExplicitMethodsOnly implements ContainerRequestFilter {
    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        // Jersey turns a HEAD into a GET before matching; the negotiation filter kept the original method.
        Object original = request.getProperty(WarpCompatibleNegotiation.ORIGINAL_METHOD);
        String method = original instanceof String recorded ? recorded : request.getMethod();
        if (!HttpMethod.HEAD.equals(method) && !HttpMethod.OPTIONS.equals(method)) {
            return;
        }
        Method resourceMethod = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (resourceMethod == null || !declares(resourceMethod, method)) {
            request.abortWith(Response.status(405).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8"))
                    .entity(ErrorBodies.METHOD_NOT_ALLOWED).build());
        }
    }

    private static boolean declares(Method resourceMethod, String httpMethod) {
        for (Annotation annotation : resourceMethod.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null && designator.value().equals(httpMethod)) {
                return true;
            }
        }
        return false;
    }
}
