package vn.phoyen.workflow.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST finds its engine through {@link java.util.ServiceLoader} each time it builds a resource, more than
 * once a request; the service loader asks the thread's class loader for every {@code META-INF/services} file of that
 * name, which looks into every jar of the application: 2.4 % of the application's CPU in a feedback lifecycle
 * (BENCHMARKS.md, change 19). While a REST request runs, its thread's class loader answers those look-ups with what it
 * found and read the first time; classes and every other resource come from the application's class loader as
 * before.
 */
@Configuration(proxyBeanMethods = false)
class ServiceFilesOnce {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> restFindsItsEngineOnce() {
        Map<ClassLoader, RememberingServiceFiles> loaders = new ConcurrentHashMap<>();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Thread thread = Thread.currentThread();
                ClassLoader application = thread.getContextClassLoader();
                if (application == null) {
                    chain.doFilter(request, response);
                    return;
                }
                thread.setContextClassLoader(loaders.computeIfAbsent(application, RememberingServiceFiles::new));
                try {
                    chain.doFilter(request, response);
                } finally {
                    thread.setContextClassLoader(application);
                }
            }
        });
        registration.setName("rest-finds-its-engine-once");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class RememberingServiceFiles extends ClassLoader {

        private static final String SERVICE_FILES = "META-INF/services/";

        private final Map<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

        RememberingServiceFiles(ClassLoader application) {
            super(application);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith(SERVICE_FILES)) {
                return super.getResources(name);
            }
            List<URL> found = serviceFiles.get(name);
            if (found == null) {
                List<URL> copies = new ArrayList<>();
                for (URL file : Collections.list(super.getResources(name))) {
                    copies.add(inMemory(file));
                }
                found = List.copyOf(copies);
                serviceFiles.put(name, found);
            }
            return Collections.enumeration(found);
        }

        /**
         * The file's content under its own address: the service loader reads each file it is given, and a file in a
         * jar opened uncached (as under Tomcat) would open the jar again each time.
         */
        private static URL inMemory(URL file) throws IOException {
            byte[] content;
            try (InputStream in = file.openStream()) {
                content = in.readAllBytes();
            }
            return new URL(null, file.toString(), new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL address) {
                    return new URLConnection(address) {
                        @Override
                        public void connect() {
                            connected = true;
                        }

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(content);
                        }
                    };
                }
            });
        }
    }
}
