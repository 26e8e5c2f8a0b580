package vn.phoyen.workflow.platform;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RestConfiguration {

    @Bean
    ResourceConfigCustomizer refusedStartsAreBadRequests() {
        return config -> config.register(RefusedStartResponses.class);
    }
}
