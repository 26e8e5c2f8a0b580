package vn.phoyen.workflow.tasklist;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TasklistConfiguration {

    @Bean
    SmartInitializingSingleton sharedTasklistFilters(ProcessEngine engine) {
        return () -> new TasklistFilters(engine.getFilterService(), engine.getTaskService(),
                engine.getAuthorizationService()).ensure();
    }
}
