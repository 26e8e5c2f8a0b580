package vn.phoyen.workflow;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WardWorkflowApplication {

    /** Deadlines, timers and the history cleanup window are all in the ward's local time. */
    public static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
        SpringApplication.run(WardWorkflowApplication.class, args);
    }
}
