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
 * What the thread's class loader is asked while a request runs, answered without searching every jar of the
 * application each time:
 * <ul>
 * <li>Camunda's REST finds its engine through {@link java.util.ServiceLoader} each time it builds a resource, more
 * than once a request, and the service loader asks for every {@code META-INF/services} file of that name: 2.4 % of the
 * application's CPU in a feedback lifecycle (BENCHMARKS.md, change 19). The request's class loader answers with what it
 * found and read the first time.</li>
 * <li>Camunda Spin reads a JSON variable holding a list (a plan task's lead units, a dialogue's commitments) by first
 * asking for a class named like {@code java.util.ArrayList<java.lang.String>}, and only when that fails parses the name
 * as a generic type. No class has such a name, but the search for it went through every jar and ended in an
 * exception with its stack: most of the dashboard's time with a plan year running (BENCHMARKS.md, change 24). The
 * request's class loader refuses such a name at once.</li>
 * </ul>
 * Classes and every other resource come from the application's class loader as before.
 */
@Configuration(proxyBeanMethods = false)
class RequestClassLoading {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestClassLoaderFilter() {
        Map<ClassLoader, RequestClassLoader> loaders = new ConcurrentHashMap<>();
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
                thread.setContextClassLoader(loaders.computeIfAbsent(application, RequestClassLoader::new));
                try {
                    chain.doFilter(request, response);
                } finally {
                    thread.setContextClassLoader(application);
                }
            }
        });
        registration.setName("request-class-loading");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class RequestClassLoader extends ClassLoader {

        private static final String SERVICE_FILES = "META-INF/services/";

        static {
            // one loader serves every request thread: a lock per class name, as the application's loader has
            registerAsParallelCapable();
        }

        private final Map<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

        RequestClassLoader(ClassLoader application) {
            super(application);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.indexOf('<') >= 0) {
                throw new NoClassHasThisName(name);
            }
            return super.loadClass(name, resolve);
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

        /** A refusal without a stack: the caller only learns that the name is not a class's. */
        static final class NoClassHasThisName extends ClassNotFoundException {

            NoClassHasThisName(String name) {
                super(name);
            }

            @Override
            public synchronized Throwable fillInStackTrace() {
                return this;
            }
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
