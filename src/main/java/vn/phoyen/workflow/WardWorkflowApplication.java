package vn.phoyen.workflow;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.phoyen.workflow.calendar.WorkingCalendar;

@SpringBootApplication
public class WardWorkflowApplication {

    public static void main(String[] args) {
        // deadlines, timers, REST dates and the history cleanup window are all in the ward's local time
        TimeZone.setDefault(TimeZone.getTimeZone(WorkingCalendar.ZONE));
        SpringApplication.run(WardWorkflowApplication.class, args);
    }
}
