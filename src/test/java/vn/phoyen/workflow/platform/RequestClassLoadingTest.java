package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A REST request's class loader finds the service files the application's finds, and asks it once per file. */
class ServiceFilesOnceTest {

    /** The application's class loader, counting the look-ups of each resource name. */
    static final class CountingLoader extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        CountingLoader() {
            super(ServiceFilesOnceTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            asked.add(name);
            return super.getResources(name);
        }
    }

    @Test
    void theEngineProviderIsFoundAsTheApplicationFindsItAndItsFileReadOnce() throws IOException {
        CountingLoader application = new CountingLoader();
        ServiceFilesOnce.RememberingServiceFiles request = new ServiceFilesOnce.RememberingServiceFiles(application);
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
        ServiceFilesOnce.RememberingServiceFiles request = new ServiceFilesOnce.RememberingServiceFiles(application);

        request.getResources("application.yaml");
        request.getResources("application.yaml");

        assertThat(application.asked).containsExactly("application.yaml", "application.yaml");
        assertThat(request.getResource("application.yaml")).isEqualTo(application.getResource("application.yaml"));
    }
}
