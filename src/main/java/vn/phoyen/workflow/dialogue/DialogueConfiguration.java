package vn.phoyen.workflow.dialogue;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The dialogue conferences' settings ({@link DialogueProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DialogueProperties.class)
class DialogueConfiguration {
}
