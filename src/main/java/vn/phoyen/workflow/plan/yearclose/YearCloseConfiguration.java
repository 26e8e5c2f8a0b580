package vn.phoyen.workflow.plan.yearclose;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommendationProperties.class)
class YearCloseConfiguration {
}
