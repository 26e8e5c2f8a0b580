package vn.phoyen.workflow.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard page at {@code /dashboard/} (a static page; its data comes from {@code /api/dashboard}, which asks
 * for the login).
 */
@Controller
class DashboardPage {

    @GetMapping({"/dashboard", "/dashboard/"})
    String page() {
        return "forward:/dashboard/index.html";
    }

    /** Every open task with its unit, holder, due date and overdue mark (data from {@code /api/open-tasks}). */
    @GetMapping({"/dashboard/open-tasks", "/dashboard/open-tasks/"})
    String openTasks() {
        return "forward:/dashboard/open-tasks.html";
    }
}
