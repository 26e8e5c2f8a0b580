package vn.phoyen.workflow.feedback;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;

/** Reads the website feed's answers from the read model behind {@code GET /api/public/answers}. */
@Component
class PublishedAnswerFeedReader implements PublishedAnswerFeed {

    private final FeedbackRecords records;
    private final Organization organization;

    PublishedAnswerFeedReader(FeedbackRecords records, Organization organization) {
        this.records = records;
        this.organization = organization;
    }

    @Override
    public List<FeedAnswer> newest(int limit) {
        return records.published(0, limit).stream()
                .map(row -> new FeedAnswer(row.caseNumber(), FeedbackCategory.label(row.category()), row.answer(),
                        organization.unit(row.leadUnit()).map(Unit::name).orElse(row.leadUnit()), row.publishedAt()))
                .toList();
    }
}
