package vn.phoyen.workflow.plan;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page where the supervising office downloads and uploads a draft's files ({@code /plan-editions/?year=2026}). */
@Controller
class PlanEditionPage {

    @GetMapping({"/plan-editions", "/plan-editions/"})
    String page() {
        return "forward:/plan-editions/index.html";
    }
}
