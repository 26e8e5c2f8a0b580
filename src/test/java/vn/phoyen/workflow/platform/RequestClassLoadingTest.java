package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;

import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;

/**
 * A request's class loader finds the service files the application's finds, asking it once per file; it refuses a
 * generic type's name at once and loads every class as the application's does.
 */
class RequestClassLoadingTest {

    /** The application's class loader, counting the look-ups of each resource and class name. */
    static final class CountingLoader extends ClassLoader {
        final List<String> asked = new ArrayList<>();
        final List<String> classesAsked = new ArrayList<>();

        CountingLoader() {
            super(RequestClassLoadingTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            asked.add(name);
            return super.getResources(name);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            classesAsked.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void theEngineProviderIsFoundAsTheApplicationFindsItAndItsFileReadOnce() throws IOException {
        CountingLoader application = new CountingLoader();
        RequestClassLoading.RequestClassLoader request = new RequestClassLoading.RequestClassLoader(application);
        String file = "META-INF/services/" + ProcessEngineProvider.class.getName();

        for (int call = 0; call < 3; call++) {
            List<URL> remembered = Collections.list(request.getResources(file));
            List<URL> found = Collections.list(application.getParent().getResources(file));
            assertThat(remembered).extracting(URL::toString).isNotEmpty()
                    .isEqualTo(found.stream().map(URL::toString).toList());
            for (int i = 0; i < found.size(); i++) {
                try (InputStream copy = remembered.get(i).openStream(); InputStream original = found.get(i).openStream()) {
                    assertThat(copy.readAllBytes()).isEqualTo(original.readAllBytes());
                }
            }
            ServiceLoader<ProcessEngineProvider> providers = ServiceLoader.load(ProcessEngineProvider.class, request);
            assertThat(providers.findFirst()).get().extracting(provider -> provider.getClass().getClassLoader())
                    .isSameAs(ProcessEngineProvider.class.getClassLoader());
        }

        assertThat(application.asked).containsExactly(file);
    }

    @Test
    void otherResourcesAreAskedEachTime() throws IOException {
        CountingLoader application = new CountingLoader();
        RequestClassLoading.RequestClassLoader request = new RequestClassLoading.RequestClassLoader(application);

        request.getResources("application.yaml");
        request.getResources("application.yaml");

        assertThat(application.asked).containsExactly("application.yaml", "application.yaml");
        assertThat(request.getResource("application.yaml")).isEqualTo(application.getResource("application.yaml"));
    }

    @Test
    void aGenericTypesNameIsNoClassAndTheApplicationIsNotAskedForIt() throws ClassNotFoundException {
        CountingLoader application = new CountingLoader();
        ClassLoader request = new RequestClassLoading.RequestClassLoader(application);

        assertThatThrownBy(() -> Class.forName("java.util.ArrayList<java.lang.String>", false, request))
                .isInstanceOf(ClassNotFoundException.class).hasMessage("java.util.ArrayList<java.lang.String>");
        assertThat(application.classesAsked).isEmpty();

        // what Spin asks next, and any class, as the application loads it
        assertThat(Class.forName("java.util.ArrayList", false, request)).isSameAs(ArrayList.class);
        assertThat(Class.forName(ProcessEngineProvider.class.getName(), false, request))
                .isSameAs(ProcessEngineProvider.class);
        assertThatThrownBy(() -> Class.forName("vn.phoyen.workflow.NoSuchClass", false, request))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(application.classesAsked).containsExactly("java.util.ArrayList", ProcessEngineProvider.class.getName(),
                "vn.phoyen.workflow.NoSuchClass");
    }
}
