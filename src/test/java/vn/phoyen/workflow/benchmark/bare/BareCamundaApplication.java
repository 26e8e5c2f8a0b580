package vn.phoyen.workflow.benchmark.bare;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Camunda 7.24 Spring Boot application with the starters' default settings (history full, no authorization,
 * no plugins, no listeners): the yardstick of the lifecycle benchmark. It scans only its own package, so none of the
 * ward's beans are in it.
 */
@SpringBootApplication
public class BareCamundaApplication {
}
