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
}
