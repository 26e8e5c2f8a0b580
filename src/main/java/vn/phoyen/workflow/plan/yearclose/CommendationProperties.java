package vn.phoyen.workflow.plan.yearclose;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ward.plan.commendation}: the mean scores from which the year's close suggests commending (at or above
 * {@code commendFrom}) or reminding (below {@code remindBelow}) a unit.
 */
@ConfigurationProperties("ward.plan.commendation")
record CommendationProperties(@DefaultValue("90") int commendFrom, @DefaultValue("50") int remindBelow) {

    CommendationRule rule() {
        return new CommendationRule(commendFrom, remindBelow);
    }
}
