package vn.phoyen.workflow.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reportingCycle how often ongoing tasks report (quarterly by default)
 * @param reportOpensDay day of a period's last month from which its report can be written
 * @param reportDueDay   day of a period's last month by which the report is due
 * @param lowScore       next year's draft notes a task for review when its mean year-end score is below this (0–100)
 */
@ConfigurationProperties("ward.plan")
record PlanProperties(@DefaultValue("quarterly") ReportingCycle reportingCycle,
                      @DefaultValue("1") int reportOpensDay,
                      @DefaultValue("15") int reportDueDay,
                      @DefaultValue("50") int lowScore) {

    PlanProperties {
        if (reportOpensDay < 1 || reportOpensDay > 28 || reportDueDay < reportOpensDay || reportDueDay > 28) {
            throw new IllegalArgumentException("ward.plan: cần 1 ≤ report-opens-day ≤ report-due-day ≤ 28");
        }
        if (lowScore < 0 || lowScore > 100) {
            throw new IllegalArgumentException("ward.plan.low-score: cần từ 0 đến 100");
        }
    }
}
