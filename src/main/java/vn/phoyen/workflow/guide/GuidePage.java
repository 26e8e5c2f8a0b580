package vn.phoyen.workflow.guide;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff's user guide at {@code /guide/} (a static page, src/main/resources/static/guide/index.html), linked
 * from the webapps' welcome page as "Tài liệu hướng dẫn". No login: it holds no case data.
 */
@Controller
class GuidePage {

    @GetMapping({"/guide", "/guide/"})
    String page() {
        return "forward:/guide/index.html";
    }
}
