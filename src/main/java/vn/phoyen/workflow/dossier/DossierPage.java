package vn.phoyen.workflow.dossier;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page where the offices upload the one-stop system's export and see the late dossiers ({@code /dossiers/}). */
@Controller
class DossierPage {

    @GetMapping({"/dossiers", "/dossiers/"})
    String page() {
        return "forward:/dossiers/index.html";
    }
}
