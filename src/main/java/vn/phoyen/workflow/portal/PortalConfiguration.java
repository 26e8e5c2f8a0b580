package vn.phoyen.workflow.portal;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The residents' page and API: their browser protections, rate limits and body cap. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class PortalConfiguration {

    @Bean
    FilterRegistrationBean<ResidentsPageHeaders> residentsPageHeaders() {
        FilterRegistrationBean<ResidentsPageHeaders> registration = new FilterRegistrationBean<>(new ResidentsPageHeaders());
        registration.setName("residents-page-headers");
        // the page (the welcome page "/" and its file), its assets, the survey page, the API; never the webapps
        registration.addUrlPatterns("/", "/index.html", "/assets/*", "/khao-sat/*", "/api/public/*");
        // first, so that every answer, refusals included, carries them
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicApiGuard> publicApiGuard(PortalProperties properties, ObjectMapper json) {
        Clock clock = Clock.systemUTC();
        PublicApiGuard guard = new PublicApiGuard(
                new RateLimiter(properties.submissionLimit(), properties.submissionWindow(), properties.maxClients(), clock),
                new RateLimiter(properties.lookupLimit(), properties.lookupWindow(), properties.maxClients(), clock),
                new ClientAddresses(properties.trustedProxies()),
                Math.toIntExact(properties.maxBodySize().toBytes()), json);
        FilterRegistrationBean<PublicApiGuard> registration = new FilterRegistrationBean<>(guard);
        registration.setName("public-api-guard");
        registration.addUrlPatterns("/api/public/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
