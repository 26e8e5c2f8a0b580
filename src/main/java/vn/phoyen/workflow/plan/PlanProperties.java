package vn.phoyen.workflow.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reportingCycle how often ongoing tasks report (quarterly by default)
 * @param reportOpensDay day of a period's last month from which its report can be written
 * @param reportDueDay   day of a period's last month by which the report is due
 */
@ConfigurationProperties("ward.plan")
record PlanProperties(@DefaultValue("quarterly") ReportingCycle reportingCycle,
                      @DefaultValue("1") int reportOpensDay,
                      @DefaultValue("15") int reportDueDay) {

    PlanProperties {
        if (reportOpensDay < 1 || reportOpensDay > 28 || reportDueDay < reportOpensDay || reportDueDay > 28) {
            throw new IllegalArgumentException("ward.plan: cần 1 ≤ report-opens-day ≤ report-due-day ≤ 28");
        }
    }
}
