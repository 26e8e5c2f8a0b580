package vn.phoyen.workflow.platform;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RestConfiguration {

    /** The exception mappers that make refusals a 4xx and outages a 503, in Vietnamese ({@link VietnameseRestErrors}). */
    static final List<Class<?>> MAPPERS = List.of(RefusedStartResponses.class,
            RefusedStartResponses.WrappedRefusals.class, VietnameseRestErrors.PermissionRefusals.class,
            VietnameseRestErrors.DatabaseOutages.class);

    /** The webapps' own JAX-RS servlets as CamundaBpmWebappInitializer registers them: Tasklist calls "Engine Api". */
    private static final Map<String, WebappApi> WEBAPP_APIS = Map.of(
            "Engine Api", new WebappApi("/api/engine/*", EngineRestApplication.class),
            "Cockpit Api", new WebappApi("/api/cockpit/*", CockpitApplication.class),
            "Admin Api", new WebappApi("/api/admin/*", AdminApplication.class),
            "Tasklist Api", new WebappApi("/api/tasklist/*", TasklistApplication.class),
            "Welcome Api", new WebappApi("/api/welcome/*", WelcomeApplication.class));

    @Bean
    ResourceConfigCustomizer refusedStartsAreBadRequests() {
        return config -> MAPPERS.forEach(config::register);
    }

    /**
     * Tasklist, Cockpit and Admin do not call /engine-rest but the webapps' own Jersey servlets, whose application
     * classes list Camunda's providers only: Jersey's provider class names parameter adds ours. Whichever of this and
     * the webapp starter's initializer runs first (neither is ordered), the servlets end up with the parameter: an
     * existing registration gets it; a missing one is registered here as the starter would register it (the starter
     * then leaves a registered servlet alone).
     */
    @Bean
    ServletContextInitializer webappApisAnswerRefusalsInVietnamese(CamundaBpmProperties camunda) {
        String classNames = MAPPERS.stream().map(Class::getName).collect(Collectors.joining(","));
        String applicationPath = camunda.getWebapp().getApplicationPath();
        return servletContext -> WEBAPP_APIS.forEach((name, api) -> {
            ServletRegistration registration = servletContext.getServletRegistration(name);
            if (registration == null) {
                registration = servletContext.addServlet(name, ServletContainer.class);
                registration.addMapping(applicationPath + api.path());
                registration.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, api.application().getName());
            }
            registration.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, classNames);
        });
    }

    private record WebappApi(String path, Class<?> application) {
    }
}
