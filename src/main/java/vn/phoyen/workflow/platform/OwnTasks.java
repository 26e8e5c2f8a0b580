package vn.phoyen.workflow.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Whether a task query can find only tasks the user holds a grant on by the engine's authorization provider: tasks
 * assigned to the user, or tasks offered to groups that are all the user's own. Other criteria only narrow such a
 * query, OR-parts too (the engine joins an OR-part to the query with AND); a candidate user or a group pattern could
 * widen it, so those queries are not recognised.
 */
final class OwnTasks {

    private OwnTasks() {
    }

    static boolean only(TaskQueryImpl query, String userId, List<String> userGroups) {
        if (userId == null || query.getCandidateUser() != null || query.getCandidateGroupLike() != null) {
            return false;
        }
        if (userId.equals(query.getAssignee())) {
            return true;
        }
        List<String> groups = new ArrayList<>();
        if (query.getCandidateGroup() != null) {
            groups.add(query.getCandidateGroup());
        }
        if (query.getCandidateGroupsInternal() != null) {
            groups.addAll(query.getCandidateGroupsInternal());
        }
        return !groups.isEmpty() && userGroups != null && userGroups.containsAll(groups);
    }
}
