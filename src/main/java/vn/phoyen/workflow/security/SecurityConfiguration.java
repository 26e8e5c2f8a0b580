package vn.phoyen.workflow.security;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<StaffAuthenticationFilter> staffAuthentication(ProcessEngine engine) {
        FilterRegistrationBean<StaffAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new StaffAuthenticationFilter(engine));
        registration.setName("staff-authentication");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, WardBasicAuthentication.class.getName(),
                // match on the whole path, whichever servlet (Jersey or Spring MVC) serves it
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, ""));
        return registration;
    }
}
