package vn.phoyen.workflow.tasklist;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TasklistConfiguration {

    /** A colleague's new name shows in the lists within this time. */
    static final int PEOPLE_SECONDS_TO_LIVE = 300;

    @Bean
    SmartInitializingSingleton sharedTasklistFilters(ProcessEngine engine) {
        return () -> new TasklistFilters(engine.getFilterService(), engine.getTaskService(),
                engine.getAuthorizationService()).ensure();
    }

    /**
     * Tasklist asks for everything as HAL, which embeds a list's holders and process definitions and an opened task's
     * candidate groups: uncached, the REST API reads them again for every answer (Camunda's own distributions
     * configure these caches in their web.xml; the Spring Boot starter does not). Every member of staff may read every
     * user, group and process definition (AccessPolicy), so a cached one shows no one what they could not read; a
     * process definition never changes under its id.
     */
    @Bean
    SmartInitializingSingleton listedPeopleAndModelsCached() {
        return () -> {
            cache(HalUser.class, 10_000, PEOPLE_SECONDS_TO_LIVE);
            cache(HalGroup.class, 10_000, PEOPLE_SECONDS_TO_LIVE);
            cache(HalProcessDefinition.class, 1_000, 3_600);
        };
    }

    /** The REST API's HAL support is one per JVM: every application context a test run starts shares its caches. */
    private static void cache(Class<?> relation, int capacity, long secondsToLive) {
        Hal hal = Hal.getInstance();
        if (hal.getHalRelationCache(relation) == null) {
            hal.registerHalRelationCache(relation, new DefaultHalResourceCache(capacity, secondsToLive));
        }
    }
}
