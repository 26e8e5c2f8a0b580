package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;

/** Which task queries find only tasks the user was granted when named assignee or candidate group. */
class OwnTasksTest {

    private static final List<String> KTHTDT_OFFICER = List.of("kthtdt", "ward-staff");

    @Test
    void tasksAssignedToTheUserAreOwn() {
        assertThat(own(new TaskQueryImpl().taskAssignee("kthtdt.officer"))).isTrue();
        assertThat(own(new TaskQueryImpl().taskAssignee("vp.officer"))).isFalse();
    }

    @Test
    void tasksOfferedToTheUsersGroupsAreOwnOnlyWhenEveryGroupAskedForIsTheUsers() {
        assertThat(own(new TaskQueryImpl().taskCandidateGroup("kthtdt"))).isTrue();
        assertThat(own(new TaskQueryImpl().taskCandidateGroupIn(KTHTDT_OFFICER).includeAssignedTasks())).isTrue();
        assertThat(own(new TaskQueryImpl().taskCandidateGroupIn(List.of("kthtdt")).taskCandidateGroup("ward-staff")))
                .isTrue();
        assertThat(own(new TaskQueryImpl().taskCandidateGroup("vp"))).isFalse();
        assertThat(own(new TaskQueryImpl().taskCandidateGroupIn(List.of("kthtdt", "vp")))).isFalse();
        assertThat(own(new TaskQueryImpl().taskCandidateGroupIn(List.of("kthtdt")).taskCandidateGroup("vp")))
                .isFalse();
    }

    @Test
    void anOrPartOnlyNarrowsAnOwnQuery() {
        assertThat(own(new TaskQueryImpl().taskCandidateGroup("kthtdt").or().taskName("x").taskAssignee("vp.head")
                .endOr())).isTrue();
        assertThat(own(new TaskQueryImpl().taskAssignee("kthtdt.officer").or().taskName("x").endOr())).isTrue();
    }

    @Test
    void queriesThatCouldReachFurtherAreNotOwn() {
        assertThat(own(new TaskQueryImpl())).isFalse();
        assertThat(own(new TaskQueryImpl().taskCandidateUser("kthtdt.officer"))).isFalse();
        assertThat(own(new TaskQueryImpl().taskCandidateGroupLike("kth%"))).isFalse();
        assertThat(own(new TaskQueryImpl().taskCandidateGroup("vp").or().taskCandidateGroup("kthtdt").endOr()))
                .isFalse();
        assertThat(own(new TaskQueryImpl().withCandidateGroups())).isFalse();
        assertThat(own(new TaskQueryImpl().taskInvolvedUser("kthtdt.officer"))).isFalse();
    }

    @Test
    void noUserOrNoGroupsMeansNothingIsOwn() {
        TaskQueryImpl assigned = (TaskQueryImpl) new TaskQueryImpl().taskAssignee("kthtdt.officer");
        TaskQueryImpl offered = (TaskQueryImpl) new TaskQueryImpl().taskCandidateGroup("kthtdt");

        assertThat(OwnTasks.only(assigned, null, KTHTDT_OFFICER)).isFalse();
        assertThat(OwnTasks.only(offered, "kthtdt.officer", null)).isFalse();
        assertThat(OwnTasks.only(offered, "kthtdt.officer", List.of())).isFalse();
    }

    private static boolean own(TaskQuery query) {
        return OwnTasks.only((TaskQueryImpl) query, "kthtdt.officer", KTHTDT_OFFICER);
    }
}
