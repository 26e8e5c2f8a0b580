package vn.phoyen.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/**
 * Tasklist's lists (HAL) name each task's holder and procedure; the people and models they name are cached, so a list
 * does not read them again each time: a colleague's new name shows within five minutes.
 */
class ListedRelationsTest extends ProcessTest {

    private static final String HOLDER = "hal.thu";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    FilterService filterService;
    @Autowired
    RepositoryService repositoryService;

    @AfterEach
    void removeTheColleague() {
        identityService.deleteUser(HOLDER);
        // the cache is the JVM's, and its last entry was made on a clock moved forward: emptied, it is read anew
        Hal.getInstance().getHalRelationCache(HalUser.class).destroy();
    }

    @Test
    void theUnitsListNamesTheHolderAndTheProcedureAndShowsANewNameWithinFiveMinutes() throws Exception {
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint", new HashMap<>(Map.of(
                "receivedDate", "2026-12-01", "complainantName", "Nguyễn Thị Hoa", "complainantAddress",
                "Tổ dân phố Ba Hàng", "subject", "Khiếu nại quyết định xử phạt", "content", "Không đồng ý mức phạt")));
        User colleague = identityService.newUser(HOLDER);
        colleague.setFirstName("Thu");
        colleague.setLastName("Lê Thị");
        identityService.saveUser(colleague);
        taskService.setAssignee(taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult()
                .getId(), HOLDER);
        LocalDateTime listed = LocalDateTime.now();
        EngineClock.setTo(listed);

        JsonNode first = unitList();
        assertThat(holderFirstName(first)).isEqualTo("Thu");
        assertThat(first.at("/_embedded/processDefinition").findValuesAsText("name")).contains(repositoryService
                .getProcessDefinition(complaint.getProcessDefinitionId()).getName());

        colleague.setFirstName("Thư");
        identityService.saveUser(colleague);
        EngineClock.setTo(listed.plusSeconds(TasklistConfiguration.PEOPLE_SECONDS_TO_LIVE - 1));
        assertThat(holderFirstName(unitList())).isEqualTo("Thu");

        EngineClock.setTo(listed.plusSeconds(TasklistConfiguration.PEOPLE_SECONDS_TO_LIVE + 1));
        assertThat(holderFirstName(unitList())).isEqualTo("Thư");
    }

    private JsonNode unitList() throws Exception {
        String filter = filterService.createFilterQuery().filterName(TasklistFilters.UNIT_TASKS).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("vp.head", "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        String body = rest.exchange("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
                HttpMethod.POST, new HttpEntity<>("{\"processVariables\":[],\"taskVariables\":[]}", headers),
                String.class).getBody();
        return new ObjectMapper().readTree(body);
    }

    private static String holderFirstName(JsonNode list) {
        for (JsonNode user : list.at("/_embedded/assignee")) {
            if (HOLDER.equals(user.path("id").asText())) {
                return user.path("firstName").asText();
            }
        }
        throw new AssertionError("the holder is not named in the list: " + list.at("/_embedded/assignee"));
    }
}
